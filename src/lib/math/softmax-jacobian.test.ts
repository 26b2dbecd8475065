import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { softmaxJacobian } from './softmax-jacobian';
import { softmax } from './softmax';
import { Tensor } from './autodiff';

const logits = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), {
	minLength: 1,
	maxLength: 8
});
const temperature = fc.double({ min: 0.2, max: 5, noNaN: true });

describe('softmaxJacobian(x, T)', () => {
	it('is [[1/4, −1/4], [−1/4, 1/4]] for two equal logits', () => {
		expect(softmaxJacobian([3, 3])).toEqual([
			[0.25, -0.25],
			[-0.25, 0.25]
		]);
	});

	it('is [[2/9, −2/9], [−2/9, 2/9]] / T for x = [0, T ln 2] (p = [1/3, 2/3])', () => {
		const J = softmaxJacobian([0, 2 * Math.LN2], 2);
		expect(J[0][0]).toBeCloseTo(1 / 9, 15);
		expect(J[0][1]).toBeCloseTo(-1 / 9, 15);
		expect(J[1][1]).toBeCloseTo(1 / 9, 15);
	});

	it('is [[0]] for one logit (the probability is always 1)', () => {
		expect(softmaxJacobian([5])).toEqual([[0]]);
	});

	it('is symmetric, its rows sum to 0, and it is positive semi-definite', () => {
		fc.assert(
			fc.property(
				logits,
				temperature,
				fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }),
				(x, t, v) => {
					const J = softmaxJacobian(x, t);
					const n = x.length;
					let quadratic = 0;
					let worstRowSum = 0;
					let symmetric = true;
					for (let i = 0; i < n; i++) {
						worstRowSum = Math.max(worstRowSum, Math.abs(J[i].reduce((a, b) => a + b, 0)));
						for (let j = 0; j < n; j++) {
							symmetric &&= J[i][j] === J[j][i];
							quadratic += v[i] * J[i][j] * v[j];
						}
					}
					expect(worstRowSum).toBeLessThan(1e-14);
					expect(symmetric).toBe(true);
					expect(quadratic).toBeGreaterThanOrEqual(-1e-15);
				}
			),
			{ seed: 27, numRuns: 60 }
		);
	});

	it('equals central differences of softmax', () => {
		fc.assert(
			fc.property(logits, temperature, (x, t) => {
				const J = softmaxJacobian(x, t);
				const h = 1e-6;
				let worst = 0;
				for (let j = 0; j < x.length; j++) {
					const up = softmax(
						x.map((v, k) => (k === j ? v + h : v)),
						t
					);
					const down = softmax(
						x.map((v, k) => (k === j ? v - h : v)),
						t
					);
					for (let i = 0; i < x.length; i++)
						worst = Math.max(worst, Math.abs(J[i][j] - (up[i] - down[i]) / (2 * h)));
				}
				expect(worst).toBeLessThan(1e-8);
			}),
			{ seed: 23, numRuns: 30 }
		);
	});

	it('equals the autodiff engine row by row (backward of p_i gives row i)', () => {
		fc.assert(
			fc.property(logits, temperature, (x, t) => {
				const J = softmaxJacobian(x, t);
				let worst = 0;
				for (let i = 0; i < x.length; i++) {
					const xt = Tensor.from(x, [x.length], { requiresGrad: true });
					xt.div(t).softmax().narrow(0, i, 1).sum().backward();
					for (let j = 0; j < x.length; j++)
						worst = Math.max(worst, Math.abs(xt.grad![j] - J[i][j]));
				}
				expect(worst).toBeLessThan(1e-15);
			}),
			{ seed: 2, numRuns: 30 }
		);
	});

	it('throws where softmax does', () => {
		expect(() => softmaxJacobian([])).toThrow(/empty/);
		expect(() => softmaxJacobian([1, 2], 0)).toThrow(/temperature/);
	});
});
