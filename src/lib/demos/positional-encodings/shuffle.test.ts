import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPermutation, maxDifference, seededPermutation, unshuffle } from './shuffle';

describe('seededPermutation(n, seed)', () => {
	it('is a permutation, the same for the same seed, and never the identity', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 30 }), fc.integer(), (n, seed) => {
				const perm = seededPermutation(n, seed);
				expect([...perm].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
				expect(seededPermutation(n, seed)).toEqual(perm);
				if (n >= 2) expect(perm.some((p, i) => p !== i)).toBe(true);
			})
		);
	});
	it('handles the trivial lengths', () => {
		expect(seededPermutation(0, 1)).toEqual([]);
		expect(seededPermutation(1, 1)).toEqual([0]);
		expect(seededPermutation(2, 1)).toEqual([1, 0]);
	});
});

describe('applyPermutation(items, perm)', () => {
	it('puts items[perm[i]] at i', () => {
		expect(applyPermutation(['a', 'b', 'c'], [2, 0, 1])).toEqual(['c', 'a', 'b']);
	});
});

describe('unshuffle(W, perm)', () => {
	it('undoes permuting rows and columns', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 8 }).chain((n) =>
					fc.record({
						seed: fc.integer(),
						W: fc.array(fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }), {
							minLength: n,
							maxLength: n
						})
					})
				),
				({ seed, W }) => {
					const perm = seededPermutation(W.length, seed);
					const shuffled = perm.map((pi) => perm.map((pj) => W[pi][pj]));
					expect(unshuffle(shuffled, perm)).toEqual(W);
				}
			)
		);
	});
	it('reads a 2 × 2 swap by hand', () => {
		expect(
			unshuffle(
				[
					[1, 2],
					[3, 4]
				],
				[1, 0]
			)
		).toEqual([
			[4, 3],
			[2, 1]
		]);
	});
});

describe('maxDifference(A, B)', () => {
	it('is the largest entry-wise gap', () => {
		expect(maxDifference([[1, 2]], [[1.5, 1]])).toBe(1);
		expect(maxDifference([], [])).toBe(0);
	});
});
