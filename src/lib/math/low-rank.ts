/**
 * Best low-rank approximations from a singular value decomposition (Eckart & Young, 1936): the
 * rank-r matrix nearest to A in the Frobenius norm keeps the r largest singular triplets, and its
 * error is the energy of the singular values it drops, √(σ²_{r+1} + … + σ²_n).
 */
import { truncatedSVD } from './linalg';

export interface SVD {
	U: number[][];
	S: number[];
	V: number[][];
}

/** The full SVD of A (k = min(rows, cols)), from linalg's truncatedSVD. */
export function fullSVD(A: number[][]): SVD {
	return truncatedSVD(A, Math.min(A.length, A[0]?.length ?? 0));
}

/** √(Σ A_ij²). */
export function frobeniusNorm(A: number[][]): number {
	let sum = 0;
	for (const row of A) for (const v of row) sum += v * v;
	return Math.sqrt(sum);
}

/** U_r · diag(σ_1…σ_r) · V_rᵀ: the first r triplets of an SVD put back together. */
export function rankApproximation({ U, S, V }: SVD, r: number): number[][] {
	if (!Number.isInteger(r) || r < 0 || r > S.length) {
		throw new RangeError(`rankApproximation: r must be an integer in [0, ${S.length}], got ${r}`);
	}
	return U.map((u) =>
		V.map((v) => {
			let x = 0;
			for (let i = 0; i < r; i++) x += u[i] * S[i] * v[i];
			return x;
		})
	);
}

/**
 * The error ‖A − A_r‖_F of the best rank-r approximation for every r from 0 to S.length, from the
 * singular values alone: errors[r] = √(Σ_{i>r} σ_i²). Summed from the smallest up, so the tail
 * keeps its precision.
 */
export function truncationErrors(S: readonly number[]): number[] {
	const errors = new Array<number>(S.length + 1).fill(0);
	let tail = 0;
	for (let r = S.length - 1; r >= 0; r--) {
		tail += S[r] * S[r];
		errors[r] = Math.sqrt(tail);
	}
	return errors;
}
