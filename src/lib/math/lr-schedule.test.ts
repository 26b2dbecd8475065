import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exponentialRate, warmupCosine } from './lr-schedule';

describe('warmupCosine', () => {
	const s = { peak: 1, warmup: 4, total: 14 };

	it('rises linearly over the warm-up, then follows half a cosine down to the floor', () => {
		expect([0, 1, 2, 3].map((t) => warmupCosine(t, s))).toEqual([0.25, 0.5, 0.75, 1]);
		expect(warmupCosine(4, s)).toBe(1);
		// Halfway through the decay (step 4 + 9/2 is between steps): step 4 + 3 is a third of the way.
		expect(warmupCosine(7, s)).toBeCloseTo(0.5 * (1 + Math.cos(Math.PI / 3)), 15); // 0.75
		expect(warmupCosine(13, s)).toBeCloseTo(0, 15);
		expect(warmupCosine(13, { ...s, floor: 0.1 })).toBeCloseTo(0.1, 15);
		expect(warmupCosine(40, s)).toBeCloseTo(0, 15);
	});

	it('without warm-up starts at the peak; without decay holds it', () => {
		expect(warmupCosine(0, { ...s, warmup: 0 })).toBe(1);
		expect(warmupCosine(10, { ...s, decay: false })).toBe(1);
	});

	it('never exceeds the peak and never goes below the floor', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 500 }),
				fc.integer({ min: 0, max: 100 }),
				fc.integer({ min: 1, max: 400 }),
				(t, warmup, total) => {
					const lr = warmupCosine(t, { peak: 0.3, warmup, total, floor: 0.01 });
					return lr <= 0.3 + 1e-15 && lr >= Math.min(0.01, 0.3 / Math.max(1, warmup)) - 1e-15;
				}
			),
			{ seed: 1 }
		);
	});
});

describe('exponentialRate', () => {
	it('runs from min to max, one decade per quarter of 5 steps', () => {
		expect(exponentialRate(0, 1e-3, 10, 5)).toBeCloseTo(1e-3, 15);
		expect(exponentialRate(1, 1e-3, 10, 5)).toBeCloseTo(1e-2, 15);
		expect(exponentialRate(4, 1e-3, 10, 5)).toBeCloseTo(10, 12);
	});
});
