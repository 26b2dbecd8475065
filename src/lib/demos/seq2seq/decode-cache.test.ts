import { describe, expect, it } from 'vitest';
import { greedyDecode } from '$lib/engines/seq2seq';
import { initSeq2Seq } from '$lib/engines/seq2seq/model';
import { createRng } from '$lib/math/rng';
import { cachedDecode } from './decode-cache';

describe('cachedDecode', () => {
	it('gives what greedyDecode gives, and the same object for the same ids', () => {
		const model = initSeq2Seq({ embed: 4, hidden: 6, attention: true }, createRng(1));
		const first = cachedDecode(model, '3 4 5');
		expect(first).toEqual(greedyDecode(model, [3, 4, 5]));
		expect(cachedDecode(model, '3 4 5')).toBe(first);
		expect(cachedDecode(model, '3 4')).toEqual(greedyDecode(model, [3, 4]));
	});
});
