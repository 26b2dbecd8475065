import { describe, expect, it } from 'vitest';
import { CHECKPOINTS } from '$lib/engines/seq2seq';
import { initSeq2Seq, parameterCount } from '$lib/engines/seq2seq/model';
import { mulberry32 } from '$lib/math/rng';
import { weightCount } from './weight-count';

describe('weightCount', () => {
	it('counts what the model built from the shape holds', () => {
		const shapes = [
			CHECKPOINTS.attention.shape,
			CHECKPOINTS.none.shape,
			{ embed: 3, hidden: 5, attention: true }
		];
		for (const shape of shapes) {
			expect(weightCount(shape)).toBe(parameterCount(initSeq2Seq(shape, mulberry32(0))));
		}
	});
});
