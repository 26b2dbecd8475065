/**
 * The few dominant eigenpairs of a large symmetric matrix known only through products A·B, by
 * randomized subspace iteration (Halko, Martinsson & Tropp, 2011, algorithms 4.4 and 5.3).
 * For sparse matrices with thousands of rows, where the full Jacobi method of symmetricEigen
 * (O(n³) per sweep) would take seconds.
 */
import { matmul, randomMatrix, symmetricEigen, transpose } from './linalg';
import type { Rng } from './rng';
import { finish, type Steps } from './steps';

/**
 * Orthonormal columns spanning the columns of Y (modified Gram–Schmidt, twice for stability).
 * A column that depends on the previous ones becomes all zeros.
 */
export function orthonormalColumns(Y: number[][]): number[][] {
	const cols = transpose(Y);
	const scaleOf = Math.max(1e-300, ...cols.map((c) => Math.hypot(...c)));
	for (let j = 0; j < cols.length; j++) {
		const v = cols[j];
		for (let pass = 0; pass < 2; pass++) {
			for (let i = 0; i < j; i++) {
				const u = cols[i];
				let d = 0;
				for (let r = 0; r < v.length; r++) d += u[r] * v[r];
				for (let r = 0; r < v.length; r++) v[r] -= d * u[r];
			}
		}
		const n = Math.hypot(...v);
		for (let r = 0; r < v.length; r++) v[r] = n > 1e-10 * scaleOf ? v[r] / n : 0;
	}
	return transpose(cols);
}

export interface EigenOptions {
	/** Extra random directions beyond k: more makes the result more accurate (default 10). */
	oversample?: number;
	/** Power iterations: each sharpens the separation of the wanted eigenvalues (default 4). */
	iterations?: number;
}

/**
 * The k eigenpairs of the symmetric n×n matrix A with the largest |eigenvalue|, given
 * `multiply(B) = A·B` for n×l matrices B. Returns values sorted by descending |value| and
 * vectors[i] = the unit eigenvector for values[i] (signed so its largest entry is positive).
 * Exact when A has rank ≤ k + oversample; otherwise accurate to the extent that the spectrum
 * decays past k. Deterministic for a given rng seed.
 */
export function randomizedSymmetricEigen(
	multiply: (B: number[][]) => number[][],
	n: number,
	k: number,
	rng: Rng,
	opts: EigenOptions = {}
): EigenPairs {
	return finish(randomizedSymmetricEigenSteps(multiply, n, k, rng, opts));
}

export interface EigenPairs {
	values: number[];
	vectors: number[][];
}

/** randomizedSymmetricEigen in steps (see steps.ts): one pause after each product with A. */
export function* randomizedSymmetricEigenSteps(
	multiply: (B: number[][]) => number[][],
	n: number,
	k: number,
	rng: Rng,
	opts: EigenOptions = {}
): Steps<EigenPairs> {
	const { oversample = 10, iterations = 4 } = opts;
	if (!Number.isInteger(k) || k < 0 || k > n) {
		throw new Error(`randomizedSymmetricEigen: k must be an integer in [0, ${n}], got ${k}`);
	}
	const l = Math.min(n, k + oversample);
	let Q = orthonormalColumns(multiply(randomMatrix(n, l, rng)));
	yield;
	for (let i = 0; i < iterations; i++) {
		Q = orthonormalColumns(multiply(Q));
		yield;
	}
	// The Rayleigh–Ritz step: A restricted to span(Q) is the small symmetric QᵀAQ.
	const B = matmul(transpose(Q), multiply(Q));
	yield;
	const sym = B.map((row, i) => row.map((v, j) => (v + B[j][i]) / 2));
	const small = symmetricEigen(sym);
	const order = small.values
		.map((v, i) => i)
		.sort((a, b) => Math.abs(small.values[b]) - Math.abs(small.values[a]))
		.slice(0, k);
	const vectors = order.map((i) => {
		const y = small.vectors[i];
		const v = Q.map((row) => row.reduce((s, q, j) => s + q * y[j], 0));
		let m = 0;
		for (let r = 1; r < v.length; r++) if (Math.abs(v[r]) > Math.abs(v[m])) m = r;
		return v[m] < 0 ? v.map((x) => -x) : v;
	});
	return { values: order.map((i) => small.values[i]), vectors };
}
