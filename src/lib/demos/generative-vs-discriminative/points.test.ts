import { describe, expect, it } from 'vitest';
import { flatten, movePoint, pairsOf, snap } from './points';

describe('the plane’s points in the URL', () => {
	it('pairsOf drops an odd last number; flatten undoes pairsOf', () => {
		expect(pairsOf([1, 2, 3, 4, 5])).toEqual([
			[1, 2],
			[3, 4]
		]);
		expect(flatten(pairsOf([1, 2, 3, 4]))).toEqual([1, 2, 3, 4]);
	});
	it('snap clamps to the plane and rounds to 0.05', () => {
		expect(snap(1.234)).toBe(1.25);
		expect(snap(-9)).toBe(-4);
		expect(snap(0.024)).toBe(0);
	});
	it('movePoint numbers class 0 first, then class 1', () => {
		const classes = [pairsOf([0, 0, 1, 1]), pairsOf([2, 2])];
		expect(movePoint(classes, 2, [3.01, -1])).toEqual([pairsOf([0, 0, 1, 1]), pairsOf([3, -1])]);
		expect(movePoint(classes, 1, [0.5, 0.5])[0][1]).toEqual([0.5, 0.5]);
	});
});
