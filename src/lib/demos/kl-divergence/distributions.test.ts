import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divergence, fitDistributions, normalise } from './distributions';

describe('normalise and fitDistributions', () => {
	it('divides weights by their sum; all zero is uniform and reported', () => {
		expect(normalise([1, 3])).toEqual({ probs: [0.25, 0.75], empty: false });
		expect(normalise([0, 0, 0, 0])).toEqual({ probs: [0.25, 0.25, 0.25, 0.25], empty: true });
	});

	it('makes Q as long as P and says so', () => {
		const f = fitDistributions([1, 1, 2], [1, 1]);
		expect(f.q).toEqual([0.5, 0.5, 0]);
		expect(f.resized).toBe(true);
		expect(fitDistributions([5], [1, 1]).padded).toBe(true);
		expect(fitDistributions([1, 1], [0, 0]).empty).toEqual(['q']);
	});
});

describe('divergence', () => {
	it('hand-checked: KL([½, ½] ‖ [¼, ¾]) = ½ ln 2 + ½ ln(2/3)', () => {
		const d = divergence([0.5, 0.5], [0.25, 0.75]);
		expect(d.total).toBeCloseTo(0.5 * Math.log(2) + 0.5 * Math.log(2 / 3), 12);
		expect(d.terms[1]).toBeLessThan(0);
		expect(d.infiniteAt).toEqual([]);
	});

	it('is infinite exactly where q = 0 < p, and a zero p adds nothing', () => {
		const d = divergence([0.5, 0.5, 0], [1, 0, 0]);
		expect(d.total).toBe(Infinity);
		expect(d.infiniteAt).toEqual([1]);
		expect(d.terms[2]).toBe(0);
		expect(divergence([1, 0], [0.5, 0.5]).total).toBeCloseTo(Math.log(2), 12);
	});

	const pair = fc
		.integer({ min: 2, max: 8 })
		.chain((n) =>
			fc.tuple(
				fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: n, maxLength: n }),
				fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: n, maxLength: n })
			)
		);

	it('terms add up to the total, which is ≥ 0 and 0 only for P = Q', () => {
		fc.assert(
			fc.property(pair, ([a, b]) => {
				const { p, q } = fitDistributions(a, b);
				const d = divergence(p, q);
				expect(d.terms.reduce((x, y) => x + y)).toBeCloseTo(d.total, 9);
				expect(d.total).toBeGreaterThanOrEqual(-1e-12);
				expect(divergence(p, p).total).toBeCloseTo(0, 12);
			})
		);
	});
});
