/**
 * The small MLP of the learning-rate experiments: 2 → 16 → 16 → 2 with tanh (354 weights),
 * trained with SGD and momentum 0.9 on minibatches of the two moons, through the autodiff engine.
 */
import {
	createMlp,
	crossEntropy,
	mlpForward,
	noGrad,
	SGD,
	Tensor,
	type Mlp as Network
} from '$lib/math/autodiff';
import { createRng, randomInt } from '$lib/math/rng';
import { twoMoons } from '$lib/math/two-moons';

export const HIDDEN = 16;
export const BATCH = 32;
export const MOMENTUM = 0.9;

export type Mlp = Network & { optimizer: SGD };
export type MoonData = { x: Tensor; labels: number[]; xs: number[] };

export function moonData(seed: number): MoonData {
	const { xs, labels } = twoMoons(seed);
	return { x: Tensor.from(xs, [labels.length, 2]), labels, xs };
}

/** A network with weights drawn from the seed (the same seed, the same network). */
export function makeMlp(seed: number, lr: number): Mlp {
	const network = createMlp([2, HIDDEN, HIDDEN, 2], createRng(seed ^ 0x5eed));
	return { ...network, optimizer: new SGD(network.params, { lr, momentum: MOMENTUM }) };
}

export function logits(mlp: Mlp, x: Tensor): Tensor {
	return mlpForward(mlp, x);
}

/** The rows of step t's minibatch: BATCH indices drawn (with replacement) from the seed and t. */
export function batchOf(data: MoonData, seed: number, t: number): { x: Tensor; labels: number[] } {
	const rng = createRng(seed * 1_000_003 + t);
	const rows = Array.from({ length: BATCH }, () => randomInt(rng, data.labels.length));
	return {
		x: Tensor.from(
			rows.flatMap((r) => [data.xs[2 * r], data.xs[2 * r + 1]]),
			[BATCH, 2]
		),
		labels: rows.map((r) => data.labels[r])
	};
}

/** One SGD step at rate lr on step t's minibatch; returns the minibatch loss before the step. */
export function trainStep(mlp: Mlp, data: MoonData, seed: number, t: number, lr: number): number {
	const batch = batchOf(data, seed, t);
	mlp.optimizer.lr = lr;
	mlp.optimizer.zeroGrad();
	const loss = crossEntropy(logits(mlp, batch.x), batch.labels);
	loss.backward({ retainGrads: false });
	mlp.optimizer.step();
	return loss.item();
}

/** The mean cross-entropy over all the data. */
export function fullLoss(mlp: Mlp, data: MoonData): number {
	return noGrad(() => crossEntropy(logits(mlp, data.x), data.labels).item());
}
