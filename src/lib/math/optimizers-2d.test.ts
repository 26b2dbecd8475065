import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Adam, SGD, Tensor } from './autodiff';
import { QUADRATIC, quadraticSurface, rosenbrock, type Vec2 } from './loss-surfaces';
import {
	OPTIMIZER_NAMES,
	optimizerPath,
	optimizerStep,
	startState,
	type OptimizerName,
	type OptimizerSettings
} from './optimizers-2d';
import { createRng, randomNormal } from './rng';

const settings: OptimizerSettings = { lr: 0.1, momentum: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 };

describe('optimizerStep by hand', () => {
	const g: Vec2 = [2, -1];
	const s0 = startState([1, 1]);

	it('SGD: p − lr·g', () => {
		expect(optimizerStep('sgd', settings, s0, g).p).toEqual([1 - 0.2, 1 + 0.1]);
	});

	it('momentum: the first step is plain SGD, the second adds μ·v', () => {
		const s1 = optimizerStep('momentum', settings, s0, g);
		expect(s1.p[0]).toBeCloseTo(0.8, 15);
		const s2 = optimizerStep('momentum', settings, s1, g);
		// v = 0.9·2 + 2 = 3.8, p = 0.8 − 0.38.
		expect(s2.m[0]).toBeCloseTo(3.8, 15);
		expect(s2.p[0]).toBeCloseTo(0.42, 15);
	});

	it('Nesterov: p − lr·(g + μ·v) with v = μ·v + g', () => {
		// First step: v = g, d = g + 0.9g = 1.9g.
		expect(optimizerStep('nesterov', settings, s0, g).p[0]).toBeCloseTo(1 - 0.1 * 3.8, 15);
	});

	it('RMSProp: the first step divides by √((1 − α)g²) = |g|·√(1 − α)', () => {
		const p = optimizerStep('rmsprop', { ...settings, beta2: 0.99 }, s0, g).p;
		expect(p[0]).toBeCloseTo(1 - 0.1 / Math.sqrt(0.01), 6);
		expect(p[1]).toBeCloseTo(1 + 0.1 / Math.sqrt(0.01), 6);
	});

	it('Adam: the bias-corrected first step moves every coordinate by lr·sign(g)', () => {
		const p = optimizerStep('adam', settings, s0, g).p;
		expect(p[0]).toBeCloseTo(0.9, 7);
		expect(p[1]).toBeCloseTo(1.1, 7);
	});
});

describe('agrees with the autodiff engine', () => {
	const grads: Vec2[] = [
		[0.5, -2],
		[1.5, 0.25],
		[-0.75, 1]
	];
	function engine(make: (w: Tensor) => { step(): void }) {
		const w = Tensor.from([0.3, -0.7], [2], { requiresGrad: true });
		const opt = make(w);
		return grads.map((g) => {
			w.grad = Float64Array.from(g);
			opt.step();
			return [...w.data];
		});
	}
	function ours(name: 'sgd' | 'momentum' | 'adam', o: OptimizerSettings) {
		let s = startState([0.3, -0.7]);
		return grads.map((g) => (s = optimizerStep(name, o, s, g)).p);
	}
	const close = (a: number[][], b: number[][]) =>
		a.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(b[i][j], 12)));

	it('SGD with and without momentum', () => {
		close(
			ours('sgd', settings),
			engine((w) => new SGD([w], { lr: 0.1 }))
		);
		close(
			ours('momentum', settings),
			engine((w) => new SGD([w], { lr: 0.1, momentum: 0.9 }))
		);
	});

	it('Adam', () => {
		const o = { ...settings, beta1: 0.8, beta2: 0.95 };
		close(
			ours('adam', o),
			engine((w) => new Adam([w], { lr: 0.1, betas: [0.8, 0.95] }))
		);
	});
});

describe('optimizerPath', () => {
	it('gradient descent on a quadratic diverges iff lr > 2/λ_max', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.2, max: 10, noNaN: true }),
				fc.double({ min: 0.05, max: 1, noNaN: true }),
				fc.double({ min: 0, max: Math.PI, noNaN: true }),
				fc.oneof(
					fc.double({ min: 0.05, max: 0.95, noNaN: true }),
					fc.double({ min: 1.05, max: 1.5, noNaN: true })
				),
				(lMax, ratio, angle, c) => {
					const { surface, eigen } = quadraticSurface(lMax, lMax * ratio, angle);
					const lr = (c * 2) / eigen.values[0];
					// A start with weight on both eigenvectors.
					const [[a, b], [d, e]] = eigen.vectors;
					const start: Vec2 = [a + 0.5 * b, d + 0.5 * e];
					const path = optimizerPath('sgd', { ...settings, lr }, surface, start, 400);
					const end = path.points.at(-1)!;
					const grew = path.diverged || Math.hypot(...end) > Math.hypot(...start);
					return grew === c > 1;
				}
			),
			{ seed: 4, numRuns: 200 }
		);
	});

	it('stops a diverging path and says so', () => {
		const lr = 2.2 / QUADRATIC.eigen.values[0];
		const path = optimizerPath('sgd', { ...settings, lr }, QUADRATIC.surface, [2, 2], 5000);
		expect(path.diverged).toBe(true);
		expect(path.points.length).toBeLessThan(5000);
		expect(path.losses).toHaveLength(path.points.length);
	});

	it('every optimiser reaches Rosenbrock’s valley floor near (1, 1) with fitting rates', () => {
		const rates = { sgd: 1e-3, momentum: 1e-3, nesterov: 1e-3, rmsprop: 1e-3, adam: 0.02 };
		for (const name of OPTIMIZER_NAMES) {
			const path = optimizerPath(
				name,
				{ ...settings, lr: rates[name] },
				rosenbrock,
				[-1.5, 2],
				20000
			);
			expect(path.diverged).toBe(false);
			expect(path.losses.at(-1)!).toBeLessThan(0.05);
		}
	});

	it('noise is seeded: the same seed gives the same path, another seed another', () => {
		const run = (seed: number) =>
			optimizerPath('adam', settings, QUADRATIC.surface, [2, 1], 50, 0.5, seed).points;
		expect(run(3)).toEqual(run(3));
		expect(run(4)).not.toEqual(run(3));
		expect(optimizerPath('adam', settings, QUADRATIC.surface, [2, 1], 50).points).toEqual(
			optimizerPath('adam', settings, QUADRATIC.surface, [2, 1], 50, 0, 9).points
		);
	});
});

describe('optimizerPath noise', () => {
	/** The path written out step by step, drawing the noise as it goes. */
	function stepByStep(name: OptimizerName, steps: number, noise: number, seed: number) {
		const rng = createRng(seed);
		let s = startState([-1.5, 2.5]);
		const points = [s.p];
		for (let k = 0; k < steps; k++) {
			const g = rosenbrock.gradient(s.p);
			g[0] += noise * randomNormal(rng);
			g[1] += noise * randomNormal(rng);
			s = optimizerStep(name, SETTINGS, s, g);
			points.push(s.p);
		}
		return points;
	}
	const SETTINGS = { lr: 0.001, momentum: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 };

	it('draws the same noise as a step-by-step loop, whatever the seed and steps before', () => {
		for (const [seed, steps] of [
			[1, 50],
			[2, 30],
			[2, 80],
			[1, 20]
		]) {
			for (const name of OPTIMIZER_NAMES) {
				const path = optimizerPath(name, SETTINGS, rosenbrock, [-1.5, 2.5], steps, 0.1, seed);
				expect(path.points).toEqual(stepByStep(name, steps, 0.1, seed));
			}
		}
	});
});
