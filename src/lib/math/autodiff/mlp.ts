/**
 * A fully connected network (multi-layer perceptron) on the engine: x·W + b per layer, an
 * activation between layers and none after the last. The pages that train small classifiers and
 * regressors build theirs here, so that every one is the same few lines a learner meets in PyTorch.
 */
import type { Rng } from '../rng';
import { heNormal, randn, xavierUniform } from './init';
import { Tensor } from './tensor';

export type MlpActivation = 'tanh' | 'relu' | 'sigmoid';
/** Xavier for tanh and sigmoid, He for ReLU, or N(0, scale²) for every weight. */
export type MlpInit = 'xavier' | 'he' | { scale: number };

export type Mlp = {
	/** Layer sizes, input first: [2, 16, 16, 2] is 2 → 16 → 16 → 2. */
	readonly sizes: readonly number[];
	readonly activation: MlpActivation;
	/** W₁, b₁, W₂, b₂, …: each W is [fanIn, fanOut]. */
	readonly params: Tensor[];
};

export function createMlp(
	sizes: readonly number[],
	rng: Rng,
	{ activation = 'tanh', init = 'xavier' }: { activation?: MlpActivation; init?: MlpInit } = {}
): Mlp {
	if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
		throw new Error(`createMlp: needs at least two positive integer sizes, got [${sizes}]`);
	}
	const params: Tensor[] = [];
	for (let i = 0; i + 1 < sizes.length; i++) {
		const shape = [sizes[i], sizes[i + 1]];
		params.push(
			init === 'xavier'
				? xavierUniform(shape, rng)
				: init === 'he'
					? heNormal(shape, rng)
					: randn(shape, init.scale, rng),
			Tensor.zeros([sizes[i + 1]], { requiresGrad: true })
		);
	}
	return { sizes, activation, params };
}

export function activate(x: Tensor, activation: MlpActivation): Tensor {
	return activation === 'tanh' ? x.tanh() : activation === 'relu' ? x.relu() : x.sigmoid();
}

/** The network's outputs (logits for a classifier) for the rows of x, [n, sizes[0]] → [n, last]. */
export function mlpForward(mlp: Mlp, x: Tensor): Tensor {
	let h = x;
	for (let i = 0; i < mlp.params.length; i += 2) {
		h = h.matmul(mlp.params[i]).add(mlp.params[i + 1]);
		if (i + 2 < mlp.params.length) h = activate(h, mlp.activation);
	}
	return h;
}

export { mlpParameterCount } from '../mlp-size';
