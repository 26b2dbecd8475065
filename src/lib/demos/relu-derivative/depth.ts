/**
 * "Through N layers": seeded pre-activations z = shift + ε (ε standard normal) for `width` units
 * in each of N layers, and the product of activation derivatives along paths from the last layer
 * back to the first, one unit per layer. Paths choose a unit in each layer independently, so over
 * all widthᴺ paths the largest product is the product of each layer's largest derivative, and the
 * average product the product of each layer's average derivative.
 */
import { activationDerivative, type ActivationName } from '$lib/math/activation';
import { createRng, randomNormal } from '$lib/math/rng';

/** Units per layer. */
export const WIDTH = 16;

/** The seeded noise ε[layer][unit]; the shift is added apart so sliding it moves the same units. */
export function layerNoise(seed: number, layers: number, width = WIDTH): number[][] {
	const rng = createRng(seed);
	return Array.from({ length: layers }, () =>
		Array.from({ length: width }, () => randomNormal(rng))
	);
}

/** z = shift + ε. */
export const preActivations = (noise: number[][], shift: number): number[][] =>
	noise.map((layer) => layer.map((e) => shift + e));

/** After layers 1…n, for each n: [largest, average] product over every path. */
export function pathProducts(
	z: number[][],
	name: ActivationName,
	alpha: number
): { best: number[]; mean: number[] } {
	const best: number[] = [];
	const mean: number[] = [];
	let b = 1;
	let m = 1;
	for (const layer of z) {
		const d = layer.map((x) => activationDerivative(name, x, alpha));
		b *= Math.max(...d);
		m *= d.reduce((s, v) => s + v, 0) / d.length;
		best.push(b);
		mean.push(m);
	}
	return { best, mean };
}

/** Sigmoid's bound after n layers: σ′ ≤ 1/4 everywhere, so any product of n of them ≤ 0.25ⁿ. */
export const sigmoidBound = (n: number) => 0.25 ** n;

/**
 * ReLU's dead units: z ≤ 0, where ReLU′ = 0 (at exactly 0 too, by PyTorch's convention). The
 * share per layer and overall, and the first layer (1-based) whose units are all dead, if any:
 * no gradient gets past it.
 */
export function deadUnits(z: number[][]): {
	perLayer: number[];
	overall: number;
	firstAllDead: number | null;
} {
	const perLayer = z.map((layer) => layer.filter((x) => x <= 0).length / layer.length);
	const overall = perLayer.length ? perLayer.reduce((s, v) => s + v, 0) / perLayer.length : 0;
	const all = perLayer.indexOf(1);
	return { perLayer, overall, firstAllDead: all === -1 ? null : all + 1 };
}
