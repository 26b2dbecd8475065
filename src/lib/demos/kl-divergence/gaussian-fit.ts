/**
 * One Gaussian fitted to a two-peaked distribution by minimising a KL divergence, on a grid so
 * that both are discrete distributions like the ones above them on the page. Natural log (nats).
 */
import { createRng } from '$lib/math/rng';
import { logSoftmax } from '$lib/math/softmax';

/** The grid both distributions live on: −8 to 8 in steps of 0.1. */
export const GRID: readonly number[] = Array.from({ length: 161 }, (_, i) => -8 + i / 10);

/** Width of each of the target's two peaks. */
export const PEAK_WIDTH = 0.7;

export type Direction = 'forward' | 'reverse';

/**
 * log P on the grid for P ∝ w·N(−d/2, s²) + (1 − w)·N(d/2, s²), normalised over the grid.
 * Computed in logs so the far tails stay finite (no log 0).
 */
export function mixtureLogProbs(separation: number, weight: number): number[] {
	const component = (x: number, centre: number) => -0.5 * ((x - centre) / PEAK_WIDTH) ** 2;
	const scores = GRID.map((x) => {
		const a = Math.log(weight) + component(x, -separation / 2);
		const b = Math.log(1 - weight) + component(x, separation / 2);
		const m = Math.max(a, b);
		return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
	});
	return logSoftmax(scores);
}

/** log Q on the grid for Q ∝ N(μ, σ²), normalised over the grid. */
export function gaussianLogProbs(mu: number, sigma: number): number[] {
	return logSoftmax(GRID.map((x) => -0.5 * ((x - mu) / sigma) ** 2));
}

/** Mean and standard deviation of a distribution on the grid. */
export function moments(logProbs: readonly number[]): { mean: number; sd: number } {
	const p = logProbs.map((l) => Math.exp(l));
	const mean = p.reduce((s, pi, i) => s + pi * GRID[i], 0);
	const variance = p.reduce((s, pi, i) => s + pi * (GRID[i] - mean) ** 2, 0);
	return { mean, sd: Math.sqrt(variance) };
}

/** The seeded start: μ anywhere in [−1.5, 1.5], σ in [1, 2.5]. */
export function startOf(seed: number): { mu: number; sigma: number } {
	const rng = createRng(seed);
	return { mu: (rng() * 2 - 1) * 2, sigma: 0.6 + rng() * 0.6 };
}
