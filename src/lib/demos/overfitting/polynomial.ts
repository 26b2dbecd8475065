/**
 * Everything the polynomial section draws, from the data and the two knobs: the fit, refits on
 * resampled training sets with the bias² and variance they show, and the errors at every degree.
 */
import { fitPolynomial, legendreValue, polynomialMse } from '$lib/math/polynomial-fit';
import { grid, target, trainingSet, type Samples } from './data';

export type Curve = (readonly [number, number])[];

/** Where the curves are drawn and bias and variance are measured. */
export const CURVE_X = grid(200);

function curveOf(coefficients: number[]): Curve {
	return CURVE_X.map((x) => [x, legendreValue(coefficients, x)] as const);
}

export function polynomialFit(train: Samples, val: Samples, degree: number, lambda: number) {
	const coefficients = fitPolynomial(train.xs, train.ys, degree, lambda);
	return {
		coefficients,
		curve: curveOf(coefficients),
		train: polynomialMse(coefficients, train.xs, train.ys),
		val: polynomialMse(coefficients, val.xs, val.ys)
	};
}

/**
 * Refits on `count` resamples (fresh noise and jitter from the seed; the data itself is draw 0):
 * their curves, and over [−1, 1] the squared bias of their mean curve and their variance.
 */
export function resampledFits(
	seed: number,
	n: number,
	noise: number,
	degree: number,
	lambda: number,
	count: number
): { curves: Curve[]; bias2: number; variance: number } {
	const curves = Array.from({ length: count }, (_, r) => {
		const s = trainingSet(seed, n, noise, r + 1);
		return curveOf(fitPolynomial(s.xs, s.ys, degree, lambda));
	});
	let bias2 = 0;
	let variance = 0;
	CURVE_X.forEach((x, i) => {
		const ys = curves.map((c) => c[i][1]);
		const mean = ys.reduce((a, b) => a + b, 0) / count;
		bias2 += (mean - target(x)) ** 2;
		variance += ys.reduce((a, y) => a + (y - mean) ** 2, 0) / count;
	});
	return { curves, bias2: bias2 / CURVE_X.length, variance: variance / CURVE_X.length };
}

/** Training and validation error of the fit at each degree 0…maxDegree. */
export function errorsByDegree(train: Samples, val: Samples, lambda: number, maxDegree: number) {
	return Array.from({ length: maxDegree + 1 }, (_, degree) => {
		const c = fitPolynomial(train.xs, train.ys, degree, lambda);
		return {
			degree,
			train: polynomialMse(c, train.xs, train.ys),
			val: polynomialMse(c, val.xs, val.ys)
		};
	});
}
