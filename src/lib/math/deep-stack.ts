/**
 * A deep fully connected stack with optional residual connections and layer norm, on the autodiff
 * engine: the network of the vanishing-gradient experiments. Its weights are createMlp's (same
 * seed, same init), so with both options off it is exactly that MLP. With them on, each hidden
 * layer after the first is a pre-norm residual block, as in a transformer:
 *
 *   h₁ = f(x·W₁ + b₁),   h_l = h_{l−1} + f(LN_l(h_{l−1})·W_l + b_l)   (l = 2 … depth),
 *   logits = LN(h_depth)·W_out + b_out
 *
 * (residual alone drops the LNs; norm alone drops the "h_{l−1} +"). The first layer has no
 * residual (its input has 2 features, not `width`) and no norm (normalising two numbers leaves ±1).
 */
import { createMlp, activate, type Mlp, type MlpActivation, type MlpInit } from './autodiff/mlp';
import { crossEntropy } from './autodiff/losses';
import { Tensor } from './autodiff/tensor';
import type { Rng } from './rng';

export type DeepStackOptions = {
	/** Hidden layers, 1 or more. */
	depth: number;
	width: number;
	activation: MlpActivation;
	init: MlpInit;
	residual: boolean;
	norm: boolean;
	inputs?: number;
	outputs?: number;
};

type LayerNormParams = { gain: Tensor; shift: Tensor };

export type DeepStack = {
	readonly options: Required<DeepStackOptions>;
	/** The weights: layer l's W is mlp.params[2l], its b mlp.params[2l + 1]; the head last. */
	readonly mlp: Mlp;
	/** The layer norms in front of layers 2 … depth and of the head (empty without norm). */
	readonly norms: readonly LayerNormParams[];
	/** Everything that learns. */
	readonly params: Tensor[];
};

export function createDeepStack(options: DeepStackOptions, rng: Rng): DeepStack {
	const full = { inputs: 2, outputs: 2, ...options };
	const { depth, width, activation, init } = full;
	if (!Number.isInteger(depth) || depth < 1) {
		throw new Error(`createDeepStack: depth must be a positive integer, got ${depth}`);
	}
	const sizes = [full.inputs, ...Array.from({ length: depth }, () => width), full.outputs];
	const mlp = createMlp(sizes, rng, { activation, init });
	const norms = full.norm
		? Array.from({ length: depth }, () => ({
				gain: Tensor.from(new Array(width).fill(1), [width], { requiresGrad: true }),
				shift: Tensor.zeros([width], { requiresGrad: true })
			}))
		: [];
	return {
		options: full,
		mlp,
		norms,
		params: [...mlp.params, ...norms.flatMap((n) => [n.gain, n.shift])]
	};
}

const normed = (h: Tensor, n: LayerNormParams | undefined) =>
	n ? h.layerNorm(n.gain, n.shift) : h;

/**
 * The logits for the rows of x, and each hidden layer's activations f(·) (before the residual
 * sum), [n, width] each.
 */
export function deepStackForward(
	stack: DeepStack,
	x: Tensor
): { logits: Tensor; activations: Tensor[] } {
	const { depth, activation, residual } = stack.options;
	const p = stack.mlp.params;
	let h = activate(x.matmul(p[0]).add(p[1]), activation);
	const activations = [h];
	for (let l = 1; l < depth; l++) {
		const a = activate(
			normed(h, stack.norms[l - 1])
				.matmul(p[2 * l])
				.add(p[2 * l + 1]),
			activation
		);
		activations.push(a);
		h = residual ? h.add(a) : a;
	}
	const logits = normed(h, stack.norms[depth - 1])
		.matmul(p[2 * depth])
		.add(p[2 * depth + 1]);
	return { logits, activations };
}

/** The hidden layers' weight matrices W₁ … W_depth (not the head). */
export function hiddenWeights(stack: DeepStack): Tensor[] {
	return Array.from({ length: stack.options.depth }, (_, l) => stack.mlp.params[2 * l]);
}

/** ‖∂L/∂W‖ (Frobenius) of a tensor after backward(); 0 where no gradient reached it. */
export function gradientNorm(t: Tensor): number {
	if (!t.grad) return 0;
	let s = 0;
	for (let i = 0; i < t.grad.length; i++) s += t.grad[i] * t.grad[i];
	return Math.sqrt(s);
}

/** The q-quantile (0 ≤ q ≤ 1) of sorted values, linearly interpolated (numpy's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
	const n = sorted.length;
	if (n === 0) return NaN;
	const at = Math.min(1, Math.max(0, q)) * (n - 1);
	const lo = Math.floor(at);
	const hi = Math.min(n - 1, lo + 1);
	return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
}

/** The quantiles an activation's spread is summarised by: 5 %, 25 %, 50 %, 75 %, 95 %. */
export const SPREAD_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** A layer's activations over the batch and the units, as SPREAD_QUANTILES plus their std. */
export type ActivationSpread = { quantiles: number[]; std: number };

export function activationSpread(
	values: Float64Array | Float32Array | readonly number[]
): ActivationSpread {
	const sorted = new Float64Array(values).sort();
	const n = sorted.length;
	let mean = 0;
	for (let i = 0; i < n; i++) mean += sorted[i];
	mean /= n;
	let v2 = 0;
	for (let i = 0; i < n; i++) v2 += (sorted[i] - mean) ** 2;
	return {
		quantiles: SPREAD_QUANTILES.map((q) => quantileSorted(sorted, q)),
		std: Math.sqrt(v2 / n)
	};
}

/** What one forward and backward pass on a batch shows. */
export type GradientProbe = {
	loss: number;
	/** ‖∂L/∂W_l‖ for l = 1 … depth. */
	gradientNorms: number[];
	/** Each hidden layer's activations f(·), [n × width] row-major (activationSpread summarises one). */
	activations: (Float64Array | Float32Array)[];
};

/**
 * One forward and backward pass of the mean cross-entropy on (x, labels): the loss, every hidden
 * layer's weight-gradient norm, and every hidden layer's activations. Leaves the gradients in the
 * parameters (an optimiser may step on them).
 */
export function probeGradients(
	stack: DeepStack,
	x: Tensor,
	labels: readonly number[]
): GradientProbe {
	for (const p of stack.params) p.grad = null;
	const { logits, activations } = deepStackForward(stack, x);
	const loss = crossEntropy(logits, labels);
	loss.backward({ retainGrads: false });
	return {
		loss: loss.item(),
		gradientNorms: hiddenWeights(stack).map(gradientNorm),
		activations: activations.map((a) => a.data)
	};
}
