import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createMlp,
	gradientError,
	mlpForward,
	noGrad,
	numericalGradient,
	Tensor
} from './autodiff';
import { ewcPenalty, fisherDiagonal } from './ewc';
import { createRng } from './rng';

describe('ewcPenalty(params, anchors, fisher, λ)', () => {
	it('is λ/2 Σ F (θ − θ*)², checked by hand', () => {
		const a = Tensor.from([1, 2], [2], { requiresGrad: true });
		const b = Tensor.from([0.5], [1], { requiresGrad: true });
		// λ/2 · (1·(1−0)² + 3·(2−0)² + 4·(0.5−1)²) = 1 · (1 + 12 + 1) = 14
		const penalty = ewcPenalty([a, b], [[0, 0], [1]], [[1, 3], [4]], 2);
		expect(penalty.item()).toBeCloseTo(14, 12);
		penalty.backward();
		// ∂/∂θ = λ F (θ − θ*): 2·1·1, 2·3·2, 2·4·(−0.5)
		expect(Array.from(a.grad!)).toEqual([2, 12]);
		expect(Array.from(b.grad!)).toEqual([-4]);
	});

	it('rejects anchors or Fisher diagonals that do not match the parameters', () => {
		const a = Tensor.from([1, 2], [2], { requiresGrad: true });
		expect(() => ewcPenalty([a], [[0]], [[1, 1]], 1)).toThrow(/2 values/);
		expect(() => ewcPenalty([a], [], [[1, 1]], 1)).toThrow(/0 anchors/);
	});

	const vectors = fc
		.integer({ min: 1, max: 6 })
		.chain((n) =>
			fc.tuple(
				...[0, 1, 2].map(() =>
					fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n, maxLength: n })
				)
			)
		);

	it('is ≥ 0, zero at the anchor, linear in λ, and its gradient matches finite differences', () => {
		fc.assert(
			fc.property(
				vectors,
				fc.double({ min: 0, max: 50, noNaN: true }),
				([theta, anchor, f], lambda) => {
					const fisher = f.map(Math.abs);
					const p = Tensor.from(theta, [theta.length], { requiresGrad: true });
					const value = ewcPenalty([p], [anchor], [fisher], lambda).item();
					expect(value).toBeGreaterThanOrEqual(0);
					const unit = ewcPenalty([p], [anchor], [fisher], 1).item();
					expect(value).toBeCloseTo(lambda * unit, 8);
					const atAnchor = Tensor.from(anchor, [anchor.length], { requiresGrad: true });
					expect(ewcPenalty([atAnchor], [anchor], [fisher], lambda).item()).toBe(0);
					expect(
						gradientError(() => ewcPenalty([p], [anchor], [fisher], lambda), [p])
					).toBeLessThan(1e-7);
				}
			),
			{ numRuns: 60 }
		);
	});

	it('gives an MLP’s every weight the gradient λ F (θ − θ*), as finite differences say', () => {
		const mlp = createMlp([2, 4, 3], createRng(3));
		const rng = createRng(4);
		const anchors = mlp.params.map((p) => Array.from(p.data, (w) => w + rng() - 0.5));
		const fisher = mlp.params.map((p) => Array.from(p.data, () => 2 * rng()));
		expect(
			gradientError(() => ewcPenalty(mlp.params, anchors, fisher, 7), mlp.params)
		).toBeLessThan(1e-7);
	});
});

describe('fisherDiagonal(params, samples, logProbsOf)', () => {
	it('is p(1 − p)·x² for w and p(1 − p) for b of a logistic unit, checked by hand', () => {
		// logits [0, w·x + b]: p = σ(w·x + b); Σₖ pₖ (∂ log pₖ/∂z)² = p(1 − p)² + (1 − p)p² = p(1 − p).
		const w = Tensor.from([0.5], [1, 1], { requiresGrad: true });
		const b = Tensor.from([-1], [1], { requiresGrad: true });
		const xs = [2, -1];
		const logProbs = (n: number) => {
			const z = Tensor.from([xs[n]], [1, 1]).matmul(w).add(b);
			return Tensor.zeros([1, 1])
				.add(z.mul(Tensor.from([0, 1], [1, 2])))
				.logSoftmax();
		};
		const [fw, fb] = fisherDiagonal([w, b], 2, logProbs);
		// x = 2: z = 0, p = 1/2, p(1−p) = 1/4; x = −1: z = −1.5, p = σ(−1.5) = 0.182426…
		const q = 1 / (1 + Math.exp(1.5));
		expect(fw[0]).toBeCloseTo((0.25 * 4 + q * (1 - q) * 1) / 2, 12);
		expect(fb[0]).toBeCloseTo((0.25 + q * (1 - q)) / 2, 12);
		expect(w.grad![0]).toBe(0);
	});

	it('equals the diagonal of Jᵀ(diag p − ppᵀ)J from finite-difference Jacobians of the logits', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1000 }),
				fc.integer({ min: 2, max: 3 }),
				(seed, classes) => {
					const mlp = createMlp([2, 3, classes], createRng(seed));
					const rng = createRng(seed + 1);
					const xs = Array.from({ length: 3 }, () => [4 * rng() - 2, 4 * rng() - 2]);
					const logitsOf = (n: number) => mlpForward(mlp, Tensor.from(xs[n], [1, 2]));
					const fisher = fisherDiagonal(mlp.params, xs.length, (n) => logitsOf(n).logSoftmax());
					mlp.params.forEach((param, j) => {
						const expected = new Float64Array(param.size);
						xs.forEach((_, n) => {
							const z = noGrad(() => logitsOf(n).toArray());
							const top = Math.max(...z);
							const e = z.map((v) => Math.exp(v - top));
							const p = e.map((v) => v / e.reduce((s, u) => s + u, 0));
							// J[k][i] = ∂z_k/∂θ_i, by central differences.
							const J = z.map((_, k) =>
								numericalGradient(() => logitsOf(n).narrow(1, k, 1).sum(), param)
							);
							for (let i = 0; i < param.size; i++) {
								const mean = p.reduce((s, pk, k) => s + pk * J[k][i], 0);
								const second = p.reduce((s, pk, k) => s + pk * (J[k][i] - mean) ** 2, 0);
								expected[i] += second / xs.length;
							}
						});
						for (let i = 0; i < param.size; i++) {
							expect(fisher[j][i]).toBeGreaterThanOrEqual(0);
							expect(fisher[j][i]).toBeCloseTo(expected[i], 7);
						}
					});
				}
			),
			{ numRuns: 15 }
		);
	});

	it('needs at least one sample', () => {
		const w = Tensor.from([1], [1], { requiresGrad: true });
		expect(() => fisherDiagonal([w], 0, () => w.logSoftmax())).toThrow(/at least one/);
	});
});
