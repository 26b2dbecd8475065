import { describe, expect, it } from 'vitest';
import { nudge, snapCoordinate } from './point-handle';

describe('nudge', () => {
	it('moves by the step along the arrow, up being +y', () => {
		expect(nudge([1, 2], 'ArrowRight', 0.5)).toEqual([1.5, 2]);
		expect(nudge([1, 2], 'ArrowLeft', 0.5)).toEqual([0.5, 2]);
		expect(nudge([1, 2], 'ArrowUp', 0.5)).toEqual([1, 2.5]);
		expect(nudge([1, 2], 'ArrowDown', 0.5)).toEqual([1, 1.5]);
	});
	it('ignores every other key', () => {
		expect(nudge([1, 2], 'Enter', 0.5)).toBeUndefined();
		expect(nudge([1, 2], 'Home', 0.5)).toBeUndefined();
	});
});

describe('snapCoordinate', () => {
	it('clamps to the range', () => {
		expect(snapCoordinate(5, [-3, 3])).toBe(3);
		expect(snapCoordinate(-7.2, [-3, 3])).toBe(-3);
	});
	it('keeps two decimals', () => {
		expect(snapCoordinate(-2.4449999, [-3, 3])).toBe(-2.44);
		expect(snapCoordinate(0.1 + 0.2, [-3, 3])).toBe(0.3);
	});
	it('rounds to the grain when given', () => {
		expect(snapCoordinate(0.12, [-3, 3], 0.05)).toBe(0.1);
		expect(snapCoordinate(0.13, [-3, 3], 0.05)).toBe(0.15);
		expect(snapCoordinate(9, [-3, 3], 0.05)).toBe(3);
	});
});
