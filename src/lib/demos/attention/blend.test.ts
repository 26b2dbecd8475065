import { describe, expect, it } from 'vitest';
import { matmul } from '$lib/math/linalg';
import { blendOf } from './blend';

describe('blendOf(weights, V, topCount)', () => {
	const V = [
		[1, 0],
		[0, 1],
		[1, 1],
		[2, -1]
	];
	const w = [0.1, 0.5, 0.4, 0];
	it('is weights · V, listing the heaviest keys and what is left', () => {
		const b = blendOf(w, V, 2);
		expect(b.output).toEqual(matmul([w], V)[0]);
		expect(b.top).toEqual([
			{ key: 1, weight: 0.5 },
			{ key: 2, weight: 0.4 }
		]);
		// Zero weights are not contributions: only key 0 is left over.
		expect(b.rest).toEqual({ count: 1, weight: 0.1 });
	});
});
