/**
 * The page's data: noisy samples of sin(πx) on [−1, 1], all drawn from the seed. Training inputs
 * sit on a jittered grid (one per slot of width 2/n, placed at random in its middle 60 %), so two
 * samples are never almost on top of each other; validation inputs are uniform.
 */
import { createRng, randomNormal } from '$lib/math/rng';

export type Samples = { xs: number[]; ys: number[] };

export const VALIDATION_SIZE = 60;

export function target(x: number): number {
	return Math.sin(Math.PI * x);
}

/** n training samples y = sin(πx) + noise·N(0, 1). `draw` numbers the resamples (0: the data). */
export function trainingSet(seed: number, n: number, noise: number, draw = 0): Samples {
	const rng = createRng(seed * 7919 + draw * 104_729);
	const xs = Array.from({ length: n }, (_, i) => -1 + (2 * (i + 0.2 + 0.6 * rng())) / n);
	return { xs, ys: xs.map((x) => target(x) + noise * randomNormal(rng)) };
}

export function validationSet(seed: number, noise: number): Samples {
	const rng = createRng(seed ^ 0x9e3779b9);
	const xs = Array.from({ length: VALIDATION_SIZE }, () => 2 * rng() - 1);
	return { xs, ys: xs.map((x) => target(x) + noise * randomNormal(rng)) };
}

/** m + 1 evenly spaced points of [−1, 1], where the curves are drawn and test error is taken. */
export function grid(m: number): number[] {
	return Array.from({ length: m + 1 }, (_, i) => -1 + (2 * i) / m);
}
