/**
 * Polynomial regression in the Legendre basis on x ∈ [−1, 1]: P₀ = 1, P₁ = x,
 * (k + 1)P_{k+1} = (2k + 1)x·P_k − k·P_{k−1}. The Legendre polynomials stay within [−1, 1] there
 * and are orthogonal, so the design matrix of degree 20 is well conditioned where the monomials
 * 1, x, …, x²⁰ are nearly dependent; the fit is the same polynomial either way.
 */
import { leastSquares } from './least-squares';

/** P₀(x), …, P_degree(x). */
export function legendreRow(x: number, degree: number): number[] {
	const row = [1];
	if (degree >= 1) row.push(x);
	for (let k = 1; k < degree; k++) row.push(((2 * k + 1) * x * row[k] - k * row[k - 1]) / (k + 1));
	return row;
}

/** Σ c_k P_k(x). */
export function legendreValue(coefficients: readonly number[], x: number): number {
	const row = legendreRow(x, coefficients.length - 1);
	let s = 0;
	for (let k = 0; k < coefficients.length; k++) s += coefficients[k] * row[k];
	return s;
}

/**
 * The Legendre coefficients c₀…c_degree minimising (1/n)Σ(yᵢ − p(xᵢ))² + λ·Σ_{k≥1} c_k²
 * (ridge regression; the constant c₀ is not shrunk). With λ = 0 and fewer points than
 * coefficients, the minimum-norm interpolant.
 */
export function fitPolynomial(
	xs: readonly number[],
	ys: readonly number[],
	degree: number,
	lambda = 0
): number[] {
	if (xs.length !== ys.length) throw new Error('fitPolynomial: xs and ys differ in length');
	if (!Number.isInteger(degree) || degree < 0) {
		throw new Error(`fitPolynomial: degree must be an integer ≥ 0, got ${degree}`);
	}
	const n = xs.length;
	const A = xs.map((x) => legendreRow(x, degree));
	const ridge = Array.from({ length: degree + 1 }, (_, k) => (k === 0 ? 0 : n * lambda));
	return leastSquares(A, ys, ridge);
}

/** Mean squared error of the polynomial on the points. */
export function polynomialMse(
	coefficients: readonly number[],
	xs: readonly number[],
	ys: readonly number[]
): number {
	let s = 0;
	for (let i = 0; i < xs.length; i++) s += (ys[i] - legendreValue(coefficients, xs[i])) ** 2;
	return s / xs.length;
}
