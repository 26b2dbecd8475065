import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { symmetricEigen } from './linalg';
import { createRng, randomNormal } from './rng';
import {
	hiddenStateJacobians,
	jacobianNorms,
	recurrentWeight,
	rnnStates,
	spectralNorm,
	symmetricSpectralRadius
} from './rnn-jacobian';

const inputsOf = (n: number, T: number, sigma: number, seed: number) => {
	const rng = createRng(seed);
	return Array.from({ length: T }, () =>
		Array.from({ length: n }, () => sigma * randomNormal(rng))
	);
};

describe('spectralNorm and symmetricSpectralRadius', () => {
	it('are hand-checked on small matrices, survive tiny entries, and give 0 for zero', () => {
		expect(
			spectralNorm([
				[3, 0, 0],
				[0, -5, 0],
				[0, 0, 1]
			])
		).toBeCloseTo(5, 10);
		// [[1, 1], [0, 1]]: σ₁ = golden ratio, though both eigenvalues are 1.
		expect(
			spectralNorm([
				[1, 1],
				[0, 1]
			])
		).toBeCloseTo((1 + Math.sqrt(5)) / 2, 10);
		expect(
			spectralNorm([
				[3e-200, 0],
				[0, -5e-200]
			]) / 5e-200
		).toBeCloseTo(1, 10);
		expect(
			spectralNorm([
				[0, 0],
				[0, 0]
			])
		).toBe(0);
		expect(() =>
			symmetricSpectralRadius([
				[1, 1],
				[0, 1]
			])
		).toThrow(/symmetric/);
	});

	it('spectralNorm never overshoots √λ₁(AᵀA) and comes within 1 % of it on random matrices', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 2, max: 8 }), (seed, n) => {
				const A = inputsOf(n, n, 1, seed);
				const gram = A[0].map((_, i) => A[0].map((_, j) => A.reduce((s, r) => s + r[i] * r[j], 0)));
				const exact = Math.sqrt(symmetricEigen(gram).values[0]);
				const got = spectralNorm(A);
				return got <= exact * (1 + 1e-12) && got > 0.99 * exact;
			})
		);
	});
});

describe('recurrentWeight', () => {
	it('is symmetric with the asked spectral radius, the same from the same seed', () => {
		const W = recurrentWeight(16, 1.3, createRng(4));
		expect(W.every((row, i) => row.every((w, j) => w === W[j][i]))).toBe(true);
		expect(Math.max(...symmetricEigen(W).values.map(Math.abs))).toBeCloseTo(1.3, 8);
		expect(recurrentWeight(16, 1.3, createRng(4))).toEqual(W);
	});
});

describe('rnnStates and hiddenStateJacobians', () => {
	it('steps h_t = tanh(W·h_{t−1} + x_t) (hand-checked, 1 unit)', () => {
		const states = rnnStates([[2]], [[0.5], [-1]], [0.25]);
		expect(states[1][0]).toBeCloseTo(Math.tanh(1), 14);
		expect(states[2][0]).toBeCloseTo(Math.tanh(2 * Math.tanh(1) - 1), 14);
		// ∂h₂/∂h₁ = (1 − h₂²)·2, ∂h₂/∂h₀ = that · (1 − h₁²)·2.
		const J = hiddenStateJacobians([[2]], states);
		const d2 = 2 * (1 - states[2][0] ** 2);
		expect(J[2]).toEqual([[1]]);
		expect(J[1][0][0]).toBeCloseTo(d2, 14);
		expect(J[0][0][0]).toBeCloseTo(d2 * 2 * (1 - states[1][0] ** 2), 14);
	});

	it('match central differences of h_T in h_t', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 0, max: 7 }), (seed, t) => {
				const n = 4;
				const T = 8;
				const W = recurrentWeight(n, 1.1, createRng(seed));
				const inputs = inputsOf(n, T, 0.7, seed + 1);
				const states = rnnStates(W, inputs, new Array(n).fill(0.1));
				const J = hiddenStateJacobians(W, states)[t];
				const hT = (ht: number[]) => rnnStates(W, inputs.slice(t), ht).at(-1)!;
				const h = 1e-6;
				let worst = 0;
				for (let j = 0; j < n; j++) {
					const up = states[t].map((v, k) => (k === j ? v + h : v));
					const down = states[t].map((v, k) => (k === j ? v - h : v));
					const a = hT(up);
					const b = hT(down);
					for (let i = 0; i < n; i++)
						worst = Math.max(worst, Math.abs((a[i] - b[i]) / (2 * h) - J[i][j]));
				}
				return worst < 1e-7;
			}),
			{ numRuns: 30 }
		);
	});

	it('is Wᵀ⁻ᵗ at rest (no inputs, h = 0), so its norm is ρ^{T−t}: vanishing below 1, exploding above', () => {
		for (const rho of [0.8, 1.2]) {
			const W = recurrentWeight(16, rho, createRng(1));
			const norms = jacobianNorms(W, rnnStates(W, inputsOf(16, 40, 0, 1), new Array(16).fill(0)));
			norms.forEach((g, t) => expect(g / rho ** (40 - t)).toBeCloseTo(1, 6));
		}
	});

	it('never exceeds ρ^{T−t}, since tanh′ ≤ 1; saturated states make it vanish even past ρ = 1', () => {
		fc.assert(
			fc.property(fc.integer(), fc.double({ min: 0.5, max: 1.5, noNaN: true }), (seed, rho) => {
				const W = recurrentWeight(6, rho, createRng(seed));
				const norms = jacobianNorms(
					W,
					rnnStates(W, inputsOf(6, 20, 0.5, seed), new Array(6).fill(0))
				);
				return norms.every((g, t) => g <= rho ** (20 - t) * (1 + 1e-9));
			}),
			{ numRuns: 30 }
		);
		const W = recurrentWeight(16, 1.5, createRng(1));
		const norms = jacobianNorms(W, rnnStates(W, inputsOf(16, 50, 0.1, 1), new Array(16).fill(0)));
		expect(norms[0]).toBeLessThan(1); // ρ^T = 1.5⁵⁰ ≈ 6e8 at rest
	});
});
