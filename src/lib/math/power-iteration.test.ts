import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { angleBetweenLines, powerIteration } from './power-iteration';
import { symmetricEigen } from './linalg';

describe('powerIteration(A, start, steps)', () => {
	it('on diag(2, 1) from (1, 1): (1, 1)/√2, then (2, 1)/√5, then (4, 1)/√17', () => {
		const steps = powerIteration(
			[
				[2, 0],
				[0, 1]
			],
			[1, 1],
			2
		);
		expect(steps).toHaveLength(3);
		const expected = [
			[1 / Math.SQRT2, 1 / Math.SQRT2],
			[2 / Math.sqrt(5), 1 / Math.sqrt(5)],
			[4 / Math.sqrt(17), 1 / Math.sqrt(17)]
		];
		steps.forEach((s, k) => {
			expect(s.vector[0]).toBeCloseTo(expected[k][0], 14);
			expect(s.vector[1]).toBeCloseTo(expected[k][1], 14);
		});
		// Rayleigh quotients: (2 + 1)/2, (8 + 1)/5, (32 + 1)/17.
		expect(steps.map((s) => s.rayleigh)).toEqual([
			expect.closeTo(1.5, 14),
			expect.closeTo(1.8, 14),
			expect.closeTo(33 / 17, 14)
		]);
	});

	it('shrinks tan(angle to v₁) by exactly |λ₂/λ₁| per step on a 2×2 symmetric matrix', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.5, max: 5, noNaN: true }),
				fc.double({ min: -0.45, max: 0.45, noNaN: true }),
				fc.double({ min: 0, max: Math.PI, noNaN: true }),
				fc.double({ min: 0.1, max: 1.4, noNaN: true }),
				(l1, ratio, rot, theta0) => {
					const l2 = l1 * ratio;
					const [c, s] = [Math.cos(rot), Math.sin(rot)];
					// A = R·diag(λ₁, λ₂)·Rᵀ with v₁ = (c, s).
					const A = [
						[l1 * c * c + l2 * s * s, (l1 - l2) * c * s],
						[(l1 - l2) * c * s, l1 * s * s + l2 * c * c]
					];
					const start = [Math.cos(rot + theta0), Math.sin(rot + theta0)];
					const steps = powerIteration(A, start, 3);
					const tans = steps.map((st) => Math.tan(angleBetweenLines(st.vector, [c, s])));
					for (let k = 1; k < tans.length; k++) {
						if (tans[k - 1] < 1e-9) continue;
						expect(tans[k] / tans[k - 1]).toBeCloseTo(Math.abs(ratio), 6);
					}
				}
			)
		);
	});

	it('reaches the top eigenvector of random symmetric matrices, its Rayleigh quotient λ₁', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 9, maxLength: 9 }),
				(xs) => {
					// A positive semi-definite matrix BᵀB plus a spread-out diagonal: a clear gap.
					const B = [xs.slice(0, 3), xs.slice(3, 6), xs.slice(6, 9)];
					const A = B.map((_, i) =>
						B.map((__, j) => B.reduce((s, row) => s + row[i] * row[j], 0) + (i === j ? 4 * i : 0))
					);
					const { values, vectors } = symmetricEigen(A);
					fc.pre(values[1] / values[0] < 0.8);
					const steps = powerIteration(A, [1, 0.7, 0.4], 200);
					const last = steps[steps.length - 1];
					expect(angleBetweenLines(last.vector, vectors[0])).toBeLessThan(1e-6);
					expect(last.rayleigh).toBeCloseTo(values[0], 6);
				}
			)
		);
	});

	it('stops at a vector A sends to zero, and refuses a zero start or a mismatched size', () => {
		const A = [
			[1, 0],
			[0, 0]
		];
		expect(powerIteration(A, [0, 2], 5)).toEqual([{ vector: [0, 1], rayleigh: 0 }]);
		expect(() => powerIteration(A, [0, 0], 3)).toThrow(/non-zero/);
		expect(() => powerIteration(A, [1, 0, 0], 3)).toThrow(/square/);
	});
});

describe('angleBetweenLines(a, b)', () => {
	it('ignores sign: (1, 0) and (−1, 0) are the same line; (1, 1) is 45° from (1, 0)', () => {
		expect(angleBetweenLines([1, 0], [-1, 0])).toBe(0);
		expect(angleBetweenLines([1, 1], [1, 0])).toBeCloseTo(Math.PI / 4, 14);
		expect(angleBetweenLines([0, 3], [2, 0])).toBeCloseTo(Math.PI / 2, 14);
	});
});

describe('angleBetweenLines for tiny angles', () => {
	it('measures 1e-12 rad between (1, 0) and (1, 1e-12), where acos would give 0', () => {
		expect(angleBetweenLines([1, 0], [1, 1e-12])).toBeCloseTo(1e-12, 24);
		expect(angleBetweenLines([-2, 0], [1, 1e-12])).toBeCloseTo(1e-12, 24);
	});
});
