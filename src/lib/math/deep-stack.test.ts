import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradientError } from './autodiff/finite-difference';
import { crossEntropy } from './autodiff/losses';
import { mlpForward } from './autodiff/mlp';
import { Tensor } from './autodiff/tensor';
import {
	activationSpread,
	createDeepStack,
	deepStackForward,
	probeGradients,
	quantileSorted,
	type DeepStackOptions
} from './deep-stack';
import { createRng } from './rng';
import { twoMoons } from './two-moons';

const plain = { residual: false, norm: false } as const;

describe('createDeepStack and deepStackForward', () => {
	it('is exactly createMlp’s network when residual and norm are off', () => {
		const stack = createDeepStack(
			{ depth: 4, width: 5, activation: 'tanh', init: 'xavier', ...plain },
			createRng(3)
		);
		expect(stack.mlp.sizes).toEqual([2, 5, 5, 5, 5, 2]);
		expect(stack.params).toHaveLength(10);
		const x = Tensor.from([0.3, -1, 2, 0.5], [2, 2]);
		expect(deepStackForward(stack, x).logits.toArray()).toEqual(mlpForward(stack.mlp, x).toArray());
	});

	it('adds a layer norm (gain and shift) before layers 2 … depth and before the head', () => {
		const stack = createDeepStack(
			{ depth: 3, width: 4, activation: 'relu', init: 'he', residual: true, norm: true },
			createRng(1)
		);
		expect(stack.norms).toHaveLength(3);
		expect(stack.params).toHaveLength(8 + 6);
		expect(stack.norms[0].gain.toArray()).toEqual([1, 1, 1, 1]);
		expect(() =>
			createDeepStack(
				{ depth: 0, width: 4, activation: 'relu', init: 'he', ...plain },
				createRng(1)
			)
		).toThrow(/depth/);
	});

	it('has gradients equal to central differences, with and without residual and norm', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.constantFrom('tanh', 'relu', 'sigmoid' as const),
				fc.boolean(),
				fc.boolean(),
				(seed, activation, residual, norm) => {
					const rng = createRng(seed);
					const stack = createDeepStack(
						{ depth: 3, width: 4, activation, init: 'xavier', residual, norm, outputs: 3 },
						rng
					);
					// Non-zero biases: a zero bias after a dead ReLU row puts a pre-activation exactly on
					// the kink, where central differences see half a slope.
					for (const b of stack.mlp.params.filter((_, i) => i % 2 === 1)) {
						b.data.set(Array.from(b.data, () => 0.2 * rng() - 0.1));
					}
					const x = Tensor.from(
						Array.from({ length: 6 }, () => 2 * rng() - 1),
						[3, 2]
					);
					const loss = () => crossEntropy(deepStackForward(stack, x).logits, [0, 2, 1]);
					return gradientError(loss, stack.params) < 1e-6;
				}
			),
			{ numRuns: 12 }
		);
	});
});

describe('probeGradients', () => {
	/** x = 1, label 0, width 1, W₁ = 2, W₂ = ½, head [1, −1], ReLU, zero biases. */
	function tiny(residual: boolean) {
		const stack = createDeepStack(
			{ depth: 2, width: 1, inputs: 1, activation: 'relu', init: 'xavier', residual, norm: false },
			createRng(1)
		);
		const [w1, , w2, , head] = stack.mlp.params;
		w1.data.set([2]);
		w2.data.set([0.5]);
		head.data.set([1, -1]);
		return probeGradients(stack, Tensor.from([1], [1, 1]), [0]);
	}

	it('gives hand-checked weight-gradient norms for a tiny plain stack', () => {
		// h₁ = 2, h₂ = relu(1) = 1, logits (1, −1); ∂L/∂logits = (−q, q) with q = σ(−2);
		// ∂L/∂h₂ = −2q → ∂L/∂W₂ = h₁·(−2q) = −4q; ∂L/∂h₁ = ½·(−2q) = −q → ∂L/∂W₁ = −q.
		const q = 1 / (1 + Math.exp(2));
		const probe = tiny(false);
		expect(probe.loss).toBeCloseTo(Math.log(1 + Math.exp(-2)), 12);
		expect(probe.gradientNorms[0]).toBeCloseTo(q, 12);
		expect(probe.gradientNorms[1]).toBeCloseTo(4 * q, 12);
	});

	it('gives hand-checked norms with the residual: the identity path adds to ∂L/∂h₁', () => {
		// h₂ = h₁ + relu(h₁·W₂) = 3, logits (3, −3), q = σ(−6); ∂L/∂W₂ = −4q;
		// ∂L/∂h₁ = −2q (through the identity) − q (through W₂) = −3q → ∂L/∂W₁ = −3q.
		const q = 1 / (1 + Math.exp(6));
		const probe = tiny(true);
		expect(probe.gradientNorms[0]).toBeCloseTo(3 * q, 12);
		expect(probe.gradientNorms[1]).toBeCloseTo(4 * q, 12);
		expect(probe.activations.map((a) => activationSpread(a).quantiles[2])).toEqual([2, 1]);
	});

	const { xs, labels } = twoMoons(1, 64);
	const batch = Tensor.from(xs, [64, 2]);
	const probe = (o: Partial<DeepStackOptions>) => {
		const p = probeGradients(
			createDeepStack(
				{ depth: 50, width: 16, activation: 'sigmoid', init: 'xavier', ...plain, ...o },
				createRng(1)
			),
			batch,
			labels
		);
		return { ...p, spreads: p.activations.map(activationSpread) };
	};

	it('shows a deep sigmoid stack’s first layer getting a vanishing share of the gradient; residual + norm keeps every layer within a small factor', () => {
		const deep = probe({}).gradientNorms;
		// Seed 1, depth 50: about 4e-33 at layer 1 against 8e-2 at layer 50.
		expect(deep[0] / deep[49]).toBeLessThan(1e-25);
		expect(deep.every((g, l) => l === 0 || g > deep[l - 1] * 0.5)).toBe(true);
		const fixed = probe({ residual: true, norm: true }).gradientNorms;
		expect(fixed[0] / fixed[49]).toBeGreaterThan(1);
		expect(Math.max(...fixed) / Math.min(...fixed)).toBeLessThan(20);
	});

	it('shows sigmoid activations squeezed towards a constant with a small init, and spread by layer norm', () => {
		const small = probe({ init: { scale: 0.1 } }).spreads;
		expect(small[49].std).toBeLessThan(0.05);
		expect(small[49].quantiles[2]).toBeCloseTo(0.5, 1);
		const normed = probe({ init: { scale: 0.1 }, norm: true }).spreads;
		expect(normed[49].std).toBeGreaterThan(1.5 * small[49].std);
	});
});

describe('quantileSorted and activationSpread', () => {
	it('interpolates between order statistics (numpy’s default)', () => {
		expect(quantileSorted([1, 2, 3, 4, 5], 0.25)).toBe(2);
		expect(quantileSorted([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
		expect(quantileSorted([7], 0.9)).toBe(7);
		expect(quantileSorted([], 0.5)).toBeNaN();
	});

	it('summarises values by 5/25/50/75/95 % and the standard deviation', () => {
		const s = activationSpread([3, 1, 2, 5, 4]);
		expect(s.quantiles).toEqual([1.2, 2, 3, 4, 4.8]);
		expect(s.std).toBeCloseTo(Math.SQRT2, 12);
	});
});
