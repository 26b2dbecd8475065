import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesAt, fewShotSplit } from './few-shot-split';

const labels = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2];

describe('fewShotSplit(labels, nClasses, maxK, seed)', () => {
	it('is stable for a seed and changes with it', () => {
		expect(fewShotSplit(labels, 3, 10, 7)).toEqual(fewShotSplit(labels, 3, 10, 7));
		expect(fewShotSplit(labels, 3, 10, 7).pools).not.toEqual(fewShotSplit(labels, 3, 10, 8).pools);
	});

	it('keeps at least half of each class for testing', () => {
		const { pools, test } = fewShotSplit(labels, 3, 10, 1);
		expect(pools.map((p) => p.length)).toEqual([3, 2, 7]);
		expect(test.length).toBe(labels.length - 12);
	});

	it('pools examples of their own class, disjoint from the test set, together covering all', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat(4), { minLength: 1, maxLength: 60 }),
				fc.integer({ min: 0, max: 12 }),
				fc.nat(),
				(ls, maxK, seed) => {
					const { pools, test } = fewShotSplit(ls, 5, maxK, seed);
					const pooled = pools.flat();
					pools.forEach((pool, c) => {
						expect(pool.every((i) => ls[i] === c)).toBe(true);
						expect(pool.length).toBeLessThanOrEqual(maxK);
					});
					const testSet = new Set(test);
					expect(pooled.some((i) => testSet.has(i))).toBe(false);
					expect(new Set([...pooled, ...test]).size).toBe(ls.length);
					expect(pooled.length + test.length).toBe(ls.length);
				}
			)
		);
	});

	it('adds examples without changing those already shown', () => {
		const split = fewShotSplit(labels, 3, 10, 3);
		for (let k = 0; k < 10; k++) {
			const now = examplesAt(split, k);
			const next = examplesAt(split, k + 1);
			now.forEach((examples, c) => expect(next[c].slice(0, examples.length)).toEqual(examples));
		}
		expect(examplesAt(split, 0)).toEqual([[], [], []]);
	});
});
