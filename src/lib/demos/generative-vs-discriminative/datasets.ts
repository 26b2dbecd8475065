/**
 * The true distributions behind the plane's presets: the points on screen, the test set and the
 * training sets of the accuracy curve are all draws from them (seeded). Each one puts the
 * generative model in a different light: Gaussian classes are its own assumption; correlated
 * features break naive Bayes's independence; a far cluster breaks the Gaussian shape itself.
 */
import { sampleGaussian, type ClassGaussian, type Point2 } from '$lib/math/gaussian-discriminant';
import { createRng, type Rng } from '$lib/math/rng';

export const DATASETS = ['gaussian', 'correlated', 'outliers'] as const;
export type Dataset = (typeof DATASETS)[number];

/** Points live in [−LIMIT, LIMIT]² (draws outside are clamped to the edge). */
export const LIMIT = 4;

const blob = (mean: [number, number], sxx: number, sxy: number, syy: number): ClassGaussian => ({
	prior: 1,
	mean,
	covariance: [
		[sxx, sxy],
		[sxy, syy]
	]
});

/** Each class as a mixture: [weight, Gaussian] components. */
const truth: Record<Dataset, [number, ClassGaussian][][]> = {
	gaussian: [[[1, blob([-1, -0.6], 1, 0, 1)]], [[1, blob([1, 0.6], 1, 0, 1)]]],
	correlated: [[[1, blob([-0.8, 0], 1.2, 1.05, 1.2)]], [[1, blob([0.8, 0], 1.2, 1.05, 1.2)]]],
	outliers: [
		[[1, blob([-1, -0.6], 1, 0, 1)]],
		[
			[0.7, blob([1, 0.6], 1, 0, 1)],
			[0.3, blob([3.6, -3.6], 0.1, 0, 0.1)]
		]
	]
};

const clamp = (v: number) => Math.min(LIMIT, Math.max(-LIMIT, v));

/** One draw of class c (0 or 1) of a dataset. */
export function sampleClass(dataset: Dataset, c: number, rng: Rng): [number, number] {
	const components = truth[dataset][c];
	let u = rng();
	let chosen = components[components.length - 1][1];
	for (const [weight, g] of components) {
		if (u < weight) {
			chosen = g;
			break;
		}
		u -= weight;
	}
	const [x, y] = sampleGaussian(chosen, rng);
	return [clamp(x), clamp(y)];
}

/** `perClass` draws of each class, rounded to hundredths (as the URL keeps them). */
export function drawClasses(dataset: Dataset, perClass: number, rng: Rng): Point2[][] {
	const round = (v: number) => Math.round(v * 100) / 100;
	return [0, 1].map((c) =>
		Array.from({ length: perClass }, (): Point2 => {
			const [x, y] = sampleClass(dataset, c, rng);
			return [round(x), round(y)];
		})
	);
}

/** Stream offsets, so the shown points, the test set and the curve never share draws. */
const SHOWN = 0;
const TEST = 0x5bd1e995;
export const CURVE = 0x27d4eb2f;

export const shownPoints = (dataset: Dataset, perClass: number, seed: number) =>
	drawClasses(dataset, perClass, createRng(seed + SHOWN));

/** The test set: 1,000 fresh draws per class. */
export const TEST_PER_CLASS = 1000;
export const testPoints = (dataset: Dataset, seed: number) =>
	drawClasses(dataset, TEST_PER_CLASS, createRng(seed ^ TEST));
