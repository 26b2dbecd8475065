/**
 * Gaussian discriminant analysis in the plane, the generative classifier of the
 * generative-vs-discriminative pages: it fits p(y) and a Gaussian p(x | y) to each class, and
 * classifies by Bayes' rule, p(y | x) ∝ p(x | y) p(y). With `covariance: 'diagonal'` a covariance
 * keeps only its variances: the features are taken as independent given the class, which is
 * Gaussian naive Bayes. With `shared`, all classes share one pooled covariance (linear
 * discriminant analysis): the boundary is then a line, the same family as logistic regression's.
 * Being a model of how the data arise, it can also draw new points.
 */
import { randomNormal, type Rng } from './rng';

export type Point2 = readonly [number, number];

/** One class: its prior p(y), mean and covariance [[sxx, sxy], [sxy, syy]]. */
export interface ClassGaussian {
	prior: number;
	mean: [number, number];
	covariance: [[number, number], [number, number]];
}

export interface GaussianFitOptions {
	/** 'full' (GDA) or 'diagonal' (Gaussian naive Bayes: no correlation within a class). */
	covariance: 'full' | 'diagonal';
	/** One covariance for all classes: Σ_c Σ_(x in c) (x − μ_c)(x − μ_c)ᵀ / n. */
	shared?: boolean;
	/** Added to each variance, so that two points on a line still give a density. */
	ridge: number;
}

/**
 * The maximum-likelihood fit: prior n_c / n, the class mean, and the covariance
 * (1/n_c) Σ (x − μ)(x − μ)ᵀ (dividing by n_c, the MLE; pooled over classes when `shared`) plus
 * `ridge` on the diagonal. Labels run 0…classes − 1; a class with no point throws.
 */
export function fitGaussianClasses(
	points: readonly Point2[],
	labels: readonly number[],
	classes: number,
	{ covariance, shared = false, ridge }: GaussianFitOptions
): ClassGaussian[] {
	if (points.length !== labels.length)
		throw new Error(`fitGaussianClasses: ${points.length} points, ${labels.length} labels`);
	const own = fitEach(points, labels, classes, covariance, ridge);
	if (!shared) return own;
	// Σ_c (n_c / n) Σ_c, the within-class scatter over n, with the ridge added once.
	const pooled = (i: number, j: number) =>
		own.reduce((s, g) => s + g.prior * (g.covariance[i][j] - (i === j ? ridge : 0)), 0) +
		(i === j ? ridge : 0);
	return own.map((g) => ({
		...g,
		covariance: [
			[pooled(0, 0), pooled(0, 1)],
			[pooled(1, 0), pooled(1, 1)]
		]
	}));
}

function fitEach(
	points: readonly Point2[],
	labels: readonly number[],
	classes: number,
	covariance: GaussianFitOptions['covariance'],
	ridge: number
): ClassGaussian[] {
	return Array.from({ length: classes }, (_, c) => {
		const own = points.filter((_, i) => labels[i] === c);
		const n = own.length;
		if (n === 0) throw new Error(`fitGaussianClasses: class ${c} has no point`);
		let mx = 0;
		let my = 0;
		for (const [x, y] of own) {
			mx += x / n;
			my += y / n;
		}
		let sxx = 0;
		let sxy = 0;
		let syy = 0;
		for (const [x, y] of own) {
			sxx += (x - mx) ** 2 / n;
			sxy += ((x - mx) * (y - my)) / n;
			syy += (y - my) ** 2 / n;
		}
		if (covariance === 'diagonal') sxy = 0;
		return {
			prior: n / points.length,
			mean: [mx, my],
			covariance: [
				[sxx + ridge, sxy],
				[sxy, syy + ridge]
			]
		};
	});
}

/** log N(x; μ, Σ) = −log(2π) − ½ log det Σ − ½ (x − μ)ᵀ Σ⁻¹ (x − μ). */
export function logGaussianDensity(g: ClassGaussian, x: number, y: number): number {
	const [[a, b], [, d]] = g.covariance;
	const det = a * d - b * b;
	const dx = x - g.mean[0];
	const dy = y - g.mean[1];
	const mahalanobis = (d * dx * dx - 2 * b * dx * dy + a * dy * dy) / det;
	return -Math.log(2 * Math.PI) - 0.5 * Math.log(det) - 0.5 * mahalanobis;
}

/** p(y | x) for every class by Bayes' rule, computed in logs (it does not underflow far out). */
export function gaussianPosterior(model: readonly ClassGaussian[], x: number, y: number): number[] {
	const logs = model.map((g) => Math.log(g.prior) + logGaussianDensity(g, x, y));
	const top = Math.max(...logs);
	const weights = logs.map((l) => Math.exp(l - top));
	const total = weights.reduce((s, w) => s + w, 0);
	return weights.map((w) => w / total);
}

/** log p(y = 1 | x) − log p(y = 0 | x) of a two-class model: positive where class 1 wins. */
export function gaussianLogOdds(model: readonly ClassGaussian[], x: number, y: number): number {
	const [a, b] = model;
	return Math.log(b.prior / a.prior) + logGaussianDensity(b, x, y) - logGaussianDensity(a, x, y);
}

/**
 * A draw from N(μ, Σ): μ + L z with L the Cholesky factor of Σ (Σ = L Lᵀ) and z two standard
 * normal draws from `rng`. The same rng state gives a point that moves smoothly with μ and Σ.
 */
export function sampleGaussian(g: ClassGaussian, rng: Rng): [number, number] {
	const [[a, b], [, d]] = g.covariance;
	const l11 = Math.sqrt(a);
	const l21 = b / l11;
	const l22 = Math.sqrt(Math.max(0, d - l21 * l21));
	const z1 = randomNormal(rng);
	const z2 = randomNormal(rng);
	return [g.mean[0] + l11 * z1, g.mean[1] + l21 * z1 + l22 * z2];
}
