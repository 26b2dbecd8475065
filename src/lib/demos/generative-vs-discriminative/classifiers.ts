/**
 * The two classifiers fitted to the same labelled points: Gaussian class densities with one
 * shared covariance (full, or diagonal for naive Bayes) and logistic regression. Both decide by a
 * line, w·x + b > 0 for class 1 (Ng & Jordan's "generative-discriminative pair": the same family
 * of boundaries, reached by two kinds of fit).
 */
import {
	fitGaussianClasses,
	gaussianLogOdds,
	type ClassGaussian,
	type Point2
} from '$lib/math/gaussian-discriminant';
import { fitLogisticNewton } from '$lib/math/logistic-regression';

export type CovarianceKind = 'diagonal' | 'full';

/**
 * Added to each fitted variance: RIDGE_POINTS / n, as if RIDGE_POINTS points of unit variance were
 * seen besides the n real ones. Four points still give a usable covariance; with many points it
 * fades and the fit is the plain maximum-likelihood one.
 */
export const RIDGE_POINTS = 2;
/** The L2 penalty of logistic regression: keeps w finite when the classes are separable. */
export const L2 = 0.01;

/** A linear rule: class 1 where w₁x + w₂y + b > 0. */
export interface Line {
	w: [number, number];
	b: number;
}

export interface FittedPair {
	generative: ClassGaussian[];
	/** The generative model's boundary (its log-odds are linear with a shared covariance). */
	generativeLine: Line;
	discriminative: Line;
	newtonSteps: number;
}

/** The log-odds of a shared-covariance model are linear: read w and b off three points. */
function lineOf(model: ClassGaussian[]): Line {
	const b = gaussianLogOdds(model, 0, 0);
	return { w: [gaussianLogOdds(model, 1, 0) - b, gaussianLogOdds(model, 0, 1) - b], b };
}

/** Both models on the points of class 0 and class 1. */
export function fitPair(
	classes: readonly (readonly Point2[])[],
	covariance: CovarianceKind
): FittedPair {
	const points = classes.flat();
	const labels = classes.flatMap((pts, c) => pts.map(() => c));
	const generative = fitGaussianClasses(points, labels, 2, {
		covariance,
		shared: true,
		ridge: RIDGE_POINTS / points.length
	});
	const { model, steps } = fitLogisticNewton(points, labels, L2);
	return {
		generative,
		generativeLine: lineOf(generative),
		discriminative: { w: [model.weights[0], model.weights[1]], b: model.bias },
		newtonSteps: steps
	};
}

export const side = (line: Line, [x, y]: Point2): number =>
	line.w[0] * x + line.w[1] * y + line.b > 0 ? 1 : 0;

/** Share of the points of each class that a line puts in that class. */
export function accuracyOf(line: Line, classes: readonly (readonly Point2[])[]): number {
	let right = 0;
	let total = 0;
	classes.forEach((pts, c) => {
		for (const p of pts) if (side(line, p) === c) right++;
		total += pts.length;
	});
	return right / total;
}

export const accuracies = (pair: FittedPair, classes: readonly (readonly Point2[])[]) => ({
	generative: accuracyOf(pair.generativeLine, classes),
	discriminative: accuracyOf(pair.discriminative, classes)
});
