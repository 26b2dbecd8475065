import { describe, expect, it } from 'vitest';
import { concatHeads, headCounts, nearestHeadCount } from './multi-head';

describe('headCounts(dModel, max)', () => {
	it('lists the divisors of d_model up to max', () => {
		expect(headCounts(48)).toEqual([1, 2, 3, 4, 6, 8]);
		expect(headCounts(64)).toEqual([1, 2, 4, 8]);
		expect(headCounts(7, 8)).toEqual([1, 7]);
	});
});

describe('nearestHeadCount(asked, dModel)', () => {
	it('rounds down to a head count that divides d_model', () => {
		expect(nearestHeadCount(5, 48)).toBe(4);
		expect(nearestHeadCount(7, 48)).toBe(6);
		expect(nearestHeadCount(8, 48)).toBe(8);
		expect(nearestHeadCount(0, 48)).toBe(1);
	});
});

describe('concatHeads(outputs)', () => {
	it('places the heads side by side and labels each column with its head', () => {
		const a = [
			[1, 2],
			[3, 4]
		];
		const b = [[5], [6]];
		expect(concatHeads([a, b])).toEqual({
			concat: [
				[1, 2, 5],
				[3, 4, 6]
			],
			headOfColumn: [0, 0, 1]
		});
	});
});
