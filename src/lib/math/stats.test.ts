import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { histogram, mean, standardDeviation } from './stats';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('mean(xs)', () => {
	it('matches hand values', () => {
		expect(mean([1, 2, 3, 4])).toBe(2.5);
		expect(mean(Float64Array.of(-3))).toBe(-3);
		expect(mean([])).toBeNaN();
	});
	it('is the naive sum divided by the count, and lies between min and max', () => {
		fc.assert(
			fc.property(fc.array(finite, { minLength: 1 }), (xs) => {
				expect(mean(xs)).toBe(xs.reduce((a, b) => a + b, 0) / xs.length);
				expect(mean(xs)).toBeGreaterThanOrEqual(
					Math.min(...xs) - 1e-9 * Math.max(1, ...xs.map(Math.abs))
				);
				expect(mean(xs)).toBeLessThanOrEqual(
					Math.max(...xs) + 1e-9 * Math.max(1, ...xs.map(Math.abs))
				);
			})
		);
	});
});

describe('standardDeviation(xs)', () => {
	it('is the population value (divides by n)', () => {
		// Mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, 5 / 4 = 1.25.
		expect(standardDeviation([1, 2, 3, 4])).toBe(Math.sqrt(1.25));
		// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, variance 32 / 8 = 4.
		expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
		expect(standardDeviation([7])).toBe(0);
		expect(standardDeviation([])).toBeNaN();
	});
	it('agrees with the naive two-pass formula, ignores shifts and scales with |c|', () => {
		fc.assert(
			fc.property(fc.array(finite, { minLength: 1, maxLength: 50 }), finite, (xs, c) => {
				const m = xs.reduce((a, b) => a + b, 0) / xs.length;
				const naive = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length);
				const sd = standardDeviation(xs);
				expect(sd).toBe(naive);
				const tolerance = 1e-6 * (1 + Math.max(...xs.map(Math.abs)) + Math.abs(c));
				expect(Math.abs(standardDeviation(xs.map((x) => x + c)) - sd)).toBeLessThan(tolerance);
				const k = c / 1e6;
				expect(standardDeviation(xs.map((x) => k * x))).toBeCloseTo(Math.abs(k) * sd, 3);
			})
		);
	});
});

describe('histogram(xs, lo, hi, bins)', () => {
	it('counts into equal bins and puts outliers in the end bins', () => {
		expect(histogram([-5, 0.1, 0.9, 1.5, 2, 9], 0, 2, 2)).toEqual([3, 3]);
		expect(histogram([0.5, 1.5, 1.6], 0, 4, 4)).toEqual([1, 2, 0, 0]);
		// Bins are closed on the left: 1 opens the second bin of [0, 2].
		expect(histogram([1, 0.999], 0, 2, 2)).toEqual([1, 1]);
		expect(histogram([NaN, Infinity, -Infinity], 0, 1, 3)).toEqual([1, 0, 1]);
	});
	it('rejects a bad bin count or range', () => {
		expect(() => histogram([1], 0, 1, 0)).toThrow(/bins must be an integer ≥ 1/);
		expect(() => histogram([1], 0, 1, 2.5)).toThrow(/bins must be an integer ≥ 1/);
		expect(() => histogram([1], 1, 1, 2)).toThrow(/lo < hi/);
	});
	it('matches a naive count per bin (values off the bin edges)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -100, max: 100 }).map((n) => n + 0.5)),
				fc.constantFrom(1, 2, 4, 5, 10, 20),
				(xs, bins) => {
					const [lo, hi] = [-10, 10];
					const width = (hi - lo) / bins;
					const naive = new Array<number>(bins).fill(0);
					for (const x of xs) {
						let b = 0;
						while (b < bins - 1 && x >= lo + (b + 1) * width) b++;
						naive[b]++;
					}
					expect(histogram(xs, lo, hi, bins)).toEqual(naive);
				}
			)
		);
	});
	it('counts every number once', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ noNaN: true })),
				fc.integer({ min: 1, max: 50 }),
				(xs, bins) => {
					const counts = histogram(xs, -1, 3, bins);
					expect(counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
				}
			)
		);
	});
});
