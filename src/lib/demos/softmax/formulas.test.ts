import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareFormulas } from './formulas';

describe('compareFormulas(scores, T)', () => {
	it('agrees on small scores: [2, 1, 0.1] gives [0.659, 0.242, 0.099]', () => {
		const r = compareFormulas([2, 1, 0.1], 1);
		expect(r.problem).toBe('none');
		[0.659, 0.242, 0.099].forEach((p, i) => expect(r.stable.probs[i]).toBeCloseTo(p, 3));
		expect(r.difference).toBeLessThan(1e-15);
		expect(r.naive.sum).toBeCloseTo(Math.E ** 2 + Math.E + Math.E ** 0.1, 12);
		// The stable terms are the naive ones divided by e^max.
		expect(r.stable.terms[0]).toBe(1);
	});

	it('shows the naive formula overflowing around 1000: Infinity / Infinity = NaN', () => {
		const r = compareFormulas([1000, 1001, 1002], 1);
		expect(r.problem).toBe('overflow');
		expect(r.naive.terms).toEqual([Infinity, Infinity, Infinity]);
		expect(r.naive.probs.every(Number.isNaN)).toBe(true);
		const e = Math.E;
		const z = 1 + e + e * e;
		[1 / z, e / z, (e * e) / z].forEach((p, i) => expect(r.stable.probs[i]).toBeCloseTo(p, 15));
		expect(r.max).toBe(1002);
	});

	it('names an overflowing sum of finite terms', () => {
		// e^709 ≈ 8.2e307 fits; three of them do not.
		const r = compareFormulas([709, 709, 709], 1);
		expect(r.problem).toBe('sumOverflow');
		expect(r.naive.probs).toEqual([0, 0, 0]);
		expect(r.stable.probs.every((p) => Math.abs(p - 1 / 3) < 1e-15)).toBe(true);
	});

	it('shows the naive formula underflowing around −1000: 0 / 0 = NaN', () => {
		const r = compareFormulas([-1000, -1001, -1003], 1);
		expect(r.problem).toBe('underflow');
		expect(r.naive.sum).toBe(0);
		expect(r.naive.probs.every(Number.isNaN)).toBe(true);
		expect(r.stable.probs.every(Number.isFinite)).toBe(true);
	});

	it('divides by T first: moderate scores overflow at a small temperature', () => {
		expect(compareFormulas([40, 39, 0], 1).problem).toBe('none');
		expect(compareFormulas([40, 39, 0], 0.05).problem).toBe('overflow');
	});

	it('always gives finite stable probabilities summing to 1, terms in (0, 1]', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), {
					minLength: 3,
					maxLength: 10
				}),
				fc.double({ min: 0.05, max: 3, noNaN: true }),
				(x, t) => {
					const { stable } = compareFormulas(x, t);
					expect(stable.probs.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
					expect(Math.max(...stable.terms)).toBe(1);
					expect(stable.terms.every((e) => e >= 0 && e <= 1)).toBe(true);
					expect(stable.sum).toBeGreaterThanOrEqual(1);
					expect(stable.sum).toBeLessThanOrEqual(x.length);
				}
			)
		);
	});
});
