/**
 * The network of the page: 2 → 16 → 16 → 2 with tanh (354 weights) from `createMlp`, plus, for
 * the "frozen body" mitigation, a small adapter for task B: a bottleneck of rank r added to the
 * second hidden layer, h + tanh(h·D)·U (D is 16 × r, U is r × 16 and starts at zero, so the
 * adapter starts as the identity). Task B's inputs go through the adapter, task A's do not.
 */
import { createMlp, mlpForward, noGrad, Tensor, uniform, type Mlp } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import type { Points, Task } from './tasks';

export const SIZES = [2, 16, 16, 2] as const;
const HIDDEN = SIZES[1];

export type Adapter = { down: Tensor; up: Tensor };
export type Network = { mlp: Mlp; adapter: Adapter | null };

export function createNetwork(seed: number): Network {
	return { mlp: createMlp(SIZES, createRng(seed ^ 0x5eed)), adapter: null };
}

export function createAdapter(seed: number, rank: number): Adapter {
	return {
		down: uniform([HIDDEN, rank], 1 / Math.sqrt(HIDDEN), createRng(seed ^ 0xada)),
		up: Tensor.zeros([rank, HIDDEN], { requiresGrad: true })
	};
}

/** The logits for the rows of x, as the network answers task `task`. */
export function logits(network: Network, x: Tensor, task: Task): Tensor {
	const { mlp, adapter } = network;
	if (!adapter || task === 'a') return mlpForward(mlp, x);
	const [w1, b1, w2, b2, w3, b3] = mlp.params;
	const h = x.matmul(w1).add(b1).tanh().matmul(w2).add(b2).tanh();
	const adapted = h.add(h.matmul(adapter.down).tanh().matmul(adapter.up));
	return adapted.matmul(w3).add(b3);
}

/** The share of the points classified right (the larger logit). */
export function accuracy(network: Network, points: Points, task: Task): number {
	const z = noGrad(() => logits(network, Tensor.from(points.xs, [points.labels.length, 2]), task));
	let right = 0;
	points.labels.forEach((label, i) => {
		if (Number(z.data[2 * i + 1] > z.data[2 * i]) === label) right++;
	});
	return right / points.labels.length;
}

/** p(class 1) at each point (x, y) of `xs`. */
export function classOneProbability(network: Network, xs: number[], task: Task): number[] {
	const z = noGrad(() => logits(network, Tensor.from(xs, [xs.length / 2, 2]), task)).data;
	return Array.from(
		{ length: xs.length / 2 },
		(_, i) => 1 / (1 + Math.exp(z[2 * i] - z[2 * i + 1]))
	);
}
