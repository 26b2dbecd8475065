import { describe, expect, it } from 'vitest';
import { example, isHeldOut, testSet, trainingBatch } from './data';
import { SOURCE_TOKENS } from './vocab';

describe('the task data', () => {
	it('turns a number into source ids and digit ids', () => {
		const e = example(312, 'en');
		expect(e.source.map((id) => SOURCE_TOKENS[id])).toEqual(['three', 'hundred', 'twelve']);
		expect(e.target).toEqual([3, 1, 2]);
	});

	it('holds out about a tenth of the numbers from 1,000 up, and none below', () => {
		let held = 0;
		for (let n = 0; n < 1000; n++) expect(isHeldOut(n)).toBe(false);
		for (let n = 1000; n < 100_000; n++) if (isHeldOut(n)) held++;
		expect(held / 99_000).toBeGreaterThan(0.08);
		expect(held / 99_000).toBeLessThan(0.12);
	});

	it('draws training batches by seed and step, never a held-out number', () => {
		const a = trainingBatch(3, 17, 64);
		expect(trainingBatch(3, 17, 64)).toEqual(a);
		expect(trainingBatch(3, 18, 64)).not.toEqual(a);
		expect(a.some((e) => isHeldOut(e.n))).toBe(false);
		expect(new Set(a.map((e) => e.lang))).toEqual(new Set(['en', 'zh']));
	});

	it('draws the test set from held-out numbers, the same numbers in both languages', () => {
		const test = testSet(1, 50);
		expect(test).toHaveLength(100);
		expect(test.every((e) => isHeldOut(e.n))).toBe(true);
		expect(test.slice(0, 50).map((e) => e.n)).toEqual(test.slice(50).map((e) => e.n));
	});
});
