/**
 * Test accuracy against training-set size, averaged over seeded resamples: the comparison of
 * Ng & Jordan (2001). For each size m, `RESAMPLES` training sets of m points per class are drawn
 * (or picked), both models are fitted to each, and scored on the same test set.
 */
import type { Point2 } from '$lib/math/gaussian-discriminant';
import { createRng } from '$lib/math/rng';
import { accuracies, fitPair, type CovarianceKind } from './classifiers';
import { CURVE, drawClasses, testPoints, type Dataset } from './datasets';

export const RESAMPLES = 20;
/** Training points per class on the plane's curve. */
export const PLANE_SIZES = [2, 3, 4, 6, 8, 12, 16, 24, 32, 64, 128];

/** Mean accuracy of each model at each size (over the resamples), with the lowest and highest. */
export interface Curve {
	sizes: number[];
	generative: { mean: number[]; low: number[]; high: number[] };
	discriminative: { mean: number[]; low: number[]; high: number[] };
}

export function summarise(
	sizes: number[],
	runs: { generative: number; discriminative: number }[][]
): Curve {
	const of = (key: 'generative' | 'discriminative') => ({
		mean: runs.map((rs) => rs.reduce((s, r) => s + r[key], 0) / rs.length),
		low: runs.map((rs) => Math.min(...rs.map((r) => r[key]))),
		high: runs.map((rs) => Math.max(...rs.map((r) => r[key])))
	});
	return { sizes, generative: of('generative'), discriminative: of('discriminative') };
}

/** The plane's curve: training sets drawn fresh from the dataset's true distribution. */
export function planeCurve(
	dataset: Dataset,
	covariance: CovarianceKind,
	seed: number,
	sizes = PLANE_SIZES,
	resamples = RESAMPLES
): Curve {
	const test = testPoints(dataset, seed);
	const runs = sizes.map((m, i) => {
		const rng = createRng((seed ^ CURVE) + 7919 * i);
		return Array.from({ length: resamples }, () => {
			const train: Point2[][] = drawClasses(dataset, m, rng);
			return accuracies(fitPair(train, covariance), test);
		});
	});
	return summarise(sizes, runs);
}
