import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dot, norm } from './linalg';
import { biasDirection, equalize, neutralize, projection } from './debias';

const unit = (v: number[]) => {
	const n = norm(v);
	return v.map((x) => x / n);
};

/** A unit vector in 4 dimensions, away from zero. */
const unitVector = fc
	.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 })
	.filter((v) => norm(v) > 0.1)
	.map(unit);

describe('biasDirection', () => {
	it('is the axis the pairs differ along, pointing at their first members', () => {
		// Each pair differs only along the first axis (by different amounts); the first member is
		// on its negative side in the second pair, so the sum decides the sign.
		const pairs: [number[], number[]][] = [
			[unit([0.6, 0.8, 0]), unit([-0.6, 0.8, 0])],
			[unit([0.3, 0, 0.9]), unit([-0.3, 0, 0.9])]
		];
		const g = biasDirection(pairs);
		expect(g[0]).toBeCloseTo(1, 9);
		expect(Math.abs(g[1]) + Math.abs(g[2])).toBeCloseTo(0, 9);
		expect(biasDirection(pairs.map(([a, b]) => [b, a]))[0]).toBeCloseTo(-1, 9);
	});
});

describe('projection', () => {
	it('is the dot product with the direction', () => {
		expect(projection([0.6, 0.8], [1, 0])).toBeCloseTo(0.6, 12);
	});
});

describe('neutralize', () => {
	it('leaves a unit vector orthogonal to the direction', () => {
		fc.assert(
			fc.property(unitVector, unitVector, (w, d) => {
				const g = d;
				const n = neutralize(w, g);
				if (Math.abs(Math.abs(dot(w, g)) - 1) < 1e-6) return true; // w along g: nothing left
				return Math.abs(dot(n, g)) < 1e-9 && Math.abs(norm(n) - 1) < 1e-9;
			})
		);
	});

	it('hand-checked: (0.6, 0.8) against the first axis becomes (0, 1)', () => {
		const n = neutralize([0.6, 0.8], [1, 0]);
		expect(n[0]).toBeCloseTo(0, 12);
		expect(n[1]).toBeCloseTo(1, 12);
	});
});

describe('equalize', () => {
	it('hand-checked: (0.8, 0.6) and (0, 1) become (±0.6, 0.8) about the first axis', () => {
		// μ = (0.4, 0.8), ν = (0, 0.8), height √(1 − 0.64) = 0.6.
		const [a, b] = equalize([0.8, 0.6], [0, 1], [1, 0]);
		expect(a[0]).toBeCloseTo(0.6, 12);
		expect(a[1]).toBeCloseTo(0.8, 12);
		expect(b[0]).toBeCloseTo(-0.6, 12);
		expect(b[1]).toBeCloseTo(0.8, 12);
	});

	it('makes the pair unit length and equidistant from every neutralised word', () => {
		// A word within 6·10⁻⁹ of the bias direction, found by fast-check: without a second
		// Gram–Schmidt pass its neutralised vector leaned 6·10⁻⁹ towards g, and the pair's two
		// distances from it differed by 10⁻⁸.
		const g = unit([-5.773502691896245e-9, 0, -1, 0]);
		const [ea, eb] = equalize([0, 0, -1, 0], [0, -1, 0, 0], g);
		const n = neutralize([0, 0, 1, 0], g);
		expect(Math.abs(dot(n, g))).toBeLessThan(1e-15);
		expect(Math.abs(dot(n, ea) - dot(n, eb))).toBeLessThan(1e-12);
		fc.assert(
			fc.property(unitVector, unitVector, unitVector, unitVector, (a, b, d, w) => {
				const g = d;
				const [ea, eb] = equalize(a, b, g);
				const n = neutralize(w, g);
				return (
					Math.abs(norm(ea) - 1) < 1e-9 &&
					Math.abs(norm(eb) - 1) < 1e-9 &&
					Math.abs(dot(n, ea) - dot(n, eb)) < 1e-9 &&
					Math.abs(projection(ea, g) + projection(eb, g)) < 1e-9
				);
			})
		);
	});
});
