/**
 * The page's deep network on its seeded batch: the options the URL sets, turned into a stack on
 * the autodiff engine, and the two-moons points it reads. Shared by the probe and the runs.
 */
import { Tensor } from '$lib/math/autodiff';
import { createDeepStack, type DeepStack } from '$lib/math/deep-stack';
import type { MlpInit } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { twoMoons } from '$lib/math/two-moons';
import { BATCH, SMALL_SCALE } from './params';

export type StackSetting = {
	depth: number;
	width: number;
	act: 'sigmoid' | 'tanh' | 'relu';
	init: 'small' | 'xavier' | 'he';
	res: boolean;
	norm: boolean;
	seed: number;
};

export type Batch = { x: Tensor; labels: number[] };

const initOf = (init: StackSetting['init']): MlpInit =>
	init === 'small' ? { scale: SMALL_SCALE } : init;

/** The network the setting describes, its weights drawn from the seed. */
export function stackOf(s: StackSetting): DeepStack {
	return createDeepStack(
		{
			depth: s.depth,
			width: s.width,
			activation: s.act,
			init: initOf(s.init),
			residual: s.res,
			norm: s.norm
		},
		createRng(s.seed ^ 0x5eed)
	);
}

/** BATCH points of the two moons drawn from the seed. */
export function batchOf(seed: number): Batch {
	const { xs, labels } = twoMoons(seed, BATCH);
	return { x: Tensor.from(xs, [BATCH, 2]), labels };
}
