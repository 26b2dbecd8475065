import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { softmax } from '$lib/math/softmax';
import { softmaxJacobian } from '$lib/math/softmax-jacobian';
import { largestDifference, rowSums, softmaxJacobianByAutodiff } from './softmax-autodiff';

describe('softmaxJacobianByAutodiff(x, T)', () => {
	it('for two equal scores is [[¼, −¼], [−¼, ¼]]', () => {
		const J = softmaxJacobianByAutodiff([0, 0]);
		expect(J[0][0]).toBeCloseTo(0.25, 15);
		expect(J[0][1]).toBeCloseTo(-0.25, 15);
		expect(J[1][0]).toBeCloseTo(-0.25, 15);
	});

	it('equals the closed form p_i(δ_ij − p_j)/T to rounding', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 2, maxLength: 8 }),
				fc.double({ min: 0.1, max: 5, noNaN: true }),
				(x, T) => {
					const byEngine = softmaxJacobianByAutodiff(x, T);
					expect(largestDifference(byEngine, softmaxJacobian(x, T))).toBeLessThan(1e-14 / T);
					rowSums(byEngine).forEach((s) => expect(Math.abs(s)).toBeLessThan(1e-14 / T));
				}
			)
		);
	});

	it('has a positive diagonal p_i(1 − p_i)/T and negative off-diagonal entries', () => {
		const x = [2, 1, 0.1, -1];
		const p = softmax(x, 0.5);
		const J = softmaxJacobianByAutodiff(x, 0.5);
		J.forEach((row, i) =>
			row.forEach((v, j) => {
				if (i === j) expect(v).toBeCloseTo((p[i] * (1 - p[i])) / 0.5, 14);
				else expect(v).toBeLessThan(0);
			})
		);
	});
});

describe('largestDifference and rowSums', () => {
	it('hand-checked', () => {
		expect(largestDifference([[1, 2]], [[1.5, 1]])).toBe(1);
		expect(
			rowSums([
				[1, -1],
				[2, 3]
			])
		).toEqual([0, 5]);
	});
});
