import { describe, expect, it } from 'vitest';
import { blockFor, blockMeans } from './curves';

describe('blockMeans', () => {
	it('averages whole blocks and places each at its last step', () => {
		expect(blockMeans([1, 3, 5, 7, 9], 2)).toEqual([
			[2, 2],
			[4, 6]
		]);
		expect(blockMeans([1], 2)).toEqual([]);
	});
	it('keeps a curve to about 150 points, never blocks under 5 steps', () => {
		expect(blockFor(10)).toBe(5);
		expect(blockFor(1500)).toBe(10);
	});
});
