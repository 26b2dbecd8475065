import { describe, expect, it } from 'vitest';
import { bandOf, BANDS, regionClasses } from './regions';

describe('regionClasses', () => {
	it('bands confidences at 0.6 and 0.85', () => {
		expect([0.2, 0.59, 0.6, 0.84, 0.85, 1].map(bandOf)).toEqual([0, 0, 1, 1, 2, 2]);
	});

	it('packs each cell’s class and band into label · 3 + band', () => {
		expect(BANDS).toBe(3);
		expect(Array.from(regionClasses([0, 1, 4], [0.5, 0.7, 0.9]))).toEqual([0, 4, 14]);
	});
});
