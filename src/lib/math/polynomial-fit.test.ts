import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitPolynomial, legendreRow, legendreValue, polynomialMse } from './polynomial-fit';

describe('legendreRow(x, degree)', () => {
	it('matches the closed forms P₂ = (3x² − 1)/2 and P₃ = (5x³ − 3x)/2', () => {
		fc.assert(
			fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (x) => {
				const [p0, p1, p2, p3] = legendreRow(x, 3);
				expect(p0).toBe(1);
				expect(p1).toBe(x);
				expect(p2).toBeCloseTo((3 * x * x - 1) / 2, 12);
				expect(p3).toBeCloseTo((5 * x ** 3 - 3 * x) / 2, 12);
			})
		);
	});

	it('stays within [−1, 1] on [−1, 1] up to degree 20, and is 1 at x = 1', () => {
		fc.assert(
			fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (x) => {
				legendreRow(x, 20).forEach((p) => expect(Math.abs(p)).toBeLessThanOrEqual(1 + 1e-12));
			})
		);
		legendreRow(1, 20).forEach((p) => expect(p).toBeCloseTo(1, 12));
	});
});

describe('fitPolynomial(xs, ys, degree, λ)', () => {
	it('by hand: degree 0 is the mean; degree 1 through (−1, 0), (0, 0), (1, 3) is 1 + 1.5x', () => {
		expect(fitPolynomial([-0.5, 0.2, 0.9], [1, 2, 6], 0)[0]).toBeCloseTo(3, 12);
		const c = fitPolynomial([-1, 0, 1], [0, 0, 3], 1);
		expect(c[0]).toBeCloseTo(1, 12);
		expect(c[1]).toBeCloseTo(1.5, 12);
		expect(polynomialMse(c, [-1, 0, 1], [0, 0, 3])).toBeCloseTo(1.5 / 3, 12);
	});

	it('recovers a polynomial of its degree exactly from noise-free samples, even at degree 15', () => {
		const truth = (x: number) => 0.3 - x + 2 * x ** 4 - 1.5 * x ** 9 + 0.7 * x ** 15;
		const xs = Array.from({ length: 40 }, (_, i) => -1 + (2 * i) / 39);
		const c = fitPolynomial(xs, xs.map(truth), 15);
		for (const x of [-0.97, -0.3, 0.11, 0.8]) expect(legendreValue(c, x)).toBeCloseTo(truth(x), 9);
	});

	it('interpolates when there are as many coefficients as points (training error 0)', () => {
		const xs = [-0.9, -0.4, 0.1, 0.5, 0.95];
		const ys = [0.3, -1, 2, 0.5, -0.2];
		expect(polynomialMse(fitPolynomial(xs, ys, 4), xs, ys)).toBeLessThan(1e-20);
		// Past that, the minimum-norm polynomial still interpolates.
		expect(polynomialMse(fitPolynomial(xs, ys, 9), xs, ys)).toBeLessThan(1e-20);
	});

	it('ridge: the coefficients beyond the constant shrink as λ grows, and the training error rises', () => {
		const xs = Array.from({ length: 12 }, (_, i) => -1 + (2 * i) / 11);
		const ys = xs.map((x, i) => Math.sin(Math.PI * x) + (i % 2 ? 0.3 : -0.3));
		let size = Infinity;
		let error = -Infinity;
		for (const lambda of [0, 1e-5, 1e-3, 0.1, 10]) {
			const c = fitPolynomial(xs, ys, 9, lambda);
			const s = Math.hypot(...c.slice(1));
			const e = polynomialMse(c, xs, ys);
			expect(s).toBeLessThan(size);
			expect(e).toBeGreaterThanOrEqual(error - 1e-12);
			size = s;
			error = e;
		}
		// A huge λ leaves only the constant: the mean of ys.
		const flat = fitPolynomial(xs, ys, 9, 1e12);
		expect(flat[0]).toBeCloseTo(ys.reduce((a, b) => a + b) / ys.length, 6);
	});
});
