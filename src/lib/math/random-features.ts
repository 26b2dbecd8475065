/**
 * Random-features regression, the setting of double descent (Belkin, Hsu, Ma & Mandal, 2019,
 * "Reconciling modern machine-learning practice and the classical bias–variance trade-off",
 * PNAS 116(32), §"Random Fourier features" and Fig. 2): p features
 * φⱼ(x) = √(2/p)·cos(ωⱼx + bⱼ) with random, fixed ωⱼ ~ N(0, σ²) and bⱼ ~ U[0, 2π) (Rahimi &
 * Recht, 2007); only the output weights are fitted, by least squares while p ≤ n and by the
 * minimum-norm interpolant once p > n. Test error peaks where p meets n (the interpolation
 * threshold) and falls again as p grows past it.
 */
import { leastSquares } from './least-squares';
import { createRng, randomNormal } from './rng';

/**
 * The features' frequency scale σ for inputs in [−1, 1]. Smooth features of a low σ cannot tell
 * close inputs apart, so interpolating noise through them takes enormous weights even far past
 * the threshold; σ = 20 resolves points about 0.1 apart (20 points over [−1, 1]).
 */
export const FREQUENCY = 20;

/** The random hidden layer: frequencies ω and phases b from the seed. */
export type RandomFeatures = { w: Float64Array; b: Float64Array };

export function randomFeatures(p: number, seed: number, frequency = FREQUENCY): RandomFeatures {
	const rng = createRng(seed);
	const w = new Float64Array(p);
	const b = new Float64Array(p);
	for (let j = 0; j < p; j++) {
		w[j] = frequency * randomNormal(rng);
		b[j] = 2 * Math.PI * rng();
	}
	return { w, b };
}

/** φ(x), scaled by √(2/p) so that φ(x)·φ(x′) tends to a kernel as p grows. */
export function featureRow(features: RandomFeatures, x: number): number[] {
	const p = features.w.length;
	const s = Math.sqrt(2 / p);
	return Array.from(features.w, (w, j) => s * Math.cos(w * x + features.b[j]));
}

/** Output weights by least squares (p ≤ n) or the minimum-norm interpolant (p > n). */
export function fitRandomFeatures(
	features: RandomFeatures,
	xs: readonly number[],
	ys: readonly number[]
): number[] {
	return leastSquares(
		xs.map((x) => featureRow(features, x)),
		ys
	);
}

export function randomFeaturesValue(
	features: RandomFeatures,
	weights: readonly number[],
	x: number
): number {
	const { w, b } = features;
	let s = 0;
	for (let j = 0; j < w.length; j++) s += weights[j] * Math.cos(w[j] * x + b[j]);
	return s * Math.sqrt(2 / w.length);
}

/**
 * Test error against the number of features: for each p, the mean over `draws` feature draws
 * (seeds seed, seed + 1, …) of the fit's mean squared error on the test points.
 */
export function testErrorByWidth(
	train: { xs: readonly number[]; ys: readonly number[] },
	test: { xs: readonly number[]; ys: readonly number[] },
	widths: readonly number[],
	seed: number,
	draws = 5
): number[] {
	return widths.map((p) => {
		let total = 0;
		for (let d = 0; d < draws; d++) {
			const features = randomFeatures(p, seed + d);
			const weights = fitRandomFeatures(features, train.xs, train.ys);
			let s = 0;
			for (let i = 0; i < test.xs.length; i++) {
				s += (randomFeaturesValue(features, weights, test.xs[i]) - test.ys[i]) ** 2;
			}
			total += s / test.xs.length;
		}
		return total / draws;
	});
}
