import { describe, expect, it } from 'vitest';
import { carryValues, setValue, startingValue, valuesFor } from './variables';

describe('valuesFor / carryValues / setValue', () => {
	it('fills a short list with distinct starting values', () => {
		expect(valuesFor(['a', 'b', 'c'], [7])).toEqual([7, startingValue(1), startingValue(2)]);
		expect(startingValue(0)).not.toBe(startingValue(1));
	});
	it('carries values over by name when the expression changes', () => {
		expect(carryValues(['w', 'x', 'b'], [1, 2, 3], ['x', 'z', 'w'])).toEqual([
			2,
			startingValue(1),
			1
		]);
	});
	it('keeps them by position when the previous text did not parse', () => {
		expect(carryValues(null, [1, 2], ['p', 'q', 'r'])).toEqual([1, 2, startingValue(2)]);
	});
	it('sets one value, clamped to ±1000', () => {
		expect(setValue([1], ['a', 'b'], 1, 5000)).toEqual([1, 1000]);
	});
});
