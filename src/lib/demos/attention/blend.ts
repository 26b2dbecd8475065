/**
 * The output of one query as a sum: output = Σⱼ wⱼ·vⱼ, with the largest contributions first.
 */
import { argsort } from '$lib/math/order';

export interface Blend {
	/** The keys with the largest weights, heaviest first. */
	top: { key: number; weight: number }[];
	/** How many keys are left out of `top`, and their total weight. */
	rest: { count: number; weight: number };
	output: number[];
}

export function blendOf(weights: number[], V: number[][], topCount: number): Blend {
	const order = argsort(weights, 'descending')
		.filter((key) => weights[key] > 0)
		.map((key) => ({ key, weight: weights[key] }));
	const top = order.slice(0, topCount);
	const left = order.slice(topCount);
	const dv = V.length > 0 ? V[0].length : 0;
	const output = new Array<number>(dv).fill(0);
	weights.forEach((w, j) => {
		for (let d = 0; d < dv; d++) output[d] += w * V[j][d];
	});
	return {
		top,
		rest: { count: left.length, weight: left.reduce((s, x) => s + x.weight, 0) },
		output
	};
}
