import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipfFit, zipfProbabilities } from './zipf';

describe('zipfFit(counts)', () => {
	it('recovers C and s from an exact power law', () => {
		const counts = Array.from({ length: 50 }, (_, i) => 1000 / Math.pow(i + 1, 1.1));
		const fit = zipfFit(counts);
		expect(fit.s).toBeCloseTo(1.1, 10);
		expect(fit.c).toBeCloseTo(1000, 8);
		expect(fit.r2).toBeCloseTo(1, 12);
	});

	it('fits two points by hand: 8 then 2 gives s = ln 4 / ln 2 = 2, C = 8', () => {
		const fit = zipfFit([8, 2]);
		expect(fit.s).toBeCloseTo(2, 12);
		expect(fit.c).toBeCloseTo(8, 12);
	});

	it('is a least-squares line: nudging s or C never lowers the squared error', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 3, maxLength: 30 }),
				fc.double({ min: -0.1, max: 0.1, noNaN: true }),
				fc.double({ min: -0.1, max: 0.1, noNaN: true }),
				(counts, ds, dc) => {
					const fit = zipfFit(counts);
					const error = (s: number, lnC: number) =>
						counts.reduce((e, y, i) => e + (Math.log(y) - lnC + s * Math.log(i + 1)) ** 2, 0);
					return error(fit.s + ds, Math.log(fit.c) + dc) >= error(fit.s, Math.log(fit.c)) - 1e-9;
				}
			)
		);
	});

	it('rejects fewer than two counts and counts of 0', () => {
		expect(() => zipfFit([3])).toThrow(/at least 2/);
		expect(() => zipfFit([3, 0])).toThrow(/not > 0/);
	});
});

describe('zipfProbabilities(n, s)', () => {
	it('sums to 1 and halves from rank 1 to 2 when s = 1', () => {
		const p = zipfProbabilities(4, 1);
		expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
		expect(p[1] / p[0]).toBeCloseTo(0.5, 14);
		expect(p[0]).toBeCloseTo(1 / (1 + 1 / 2 + 1 / 3 + 1 / 4), 14);
	});
});
