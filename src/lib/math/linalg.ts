/**
 * Small dense linear algebra on plain arrays: a matrix is number[][] (row-major, rows[i][j]),
 * a vector is number[]. Sized for the demos (up to a few hundred rows), not for speed.
 */
import { checkSize } from './check-size';
import { argsort } from './order';
import { randomNormal, type Rng } from './rng';

function cols(A: number[][]): number {
	return A.length === 0 ? 0 : A[0].length;
}

function checkRectangular(name: string, A: number[][]): void {
	const c = cols(A);
	for (let i = 0; i < A.length; i++) {
		if (A[i].length !== c) {
			throw new Error(`${name}: row ${i} has ${A[i].length} columns, row 0 has ${c}`);
		}
	}
}

/** A·B for A (m×n) and B (n×p). */
export function matmul(A: number[][], B: number[][]): number[][] {
	checkRectangular('matmul', A);
	checkRectangular('matmul', B);
	const n = cols(A);
	if (A.length > 0 && n !== B.length) {
		throw new Error(`matmul: A is ${A.length}×${n} but B is ${B.length}×${cols(B)}`);
	}
	const p = cols(B);
	return A.map((row) => {
		const out = new Array<number>(p).fill(0);
		for (let k = 0; k < n; k++) {
			const a = row[k];
			const bRow = B[k];
			for (let j = 0; j < p; j++) out[j] += a * bRow[j];
		}
		return out;
	});
}

export function transpose(A: number[][]): number[][] {
	checkRectangular('transpose', A);
	return Array.from({ length: cols(A) }, (_, j) => A.map((row) => row[j]));
}

export function dot(a: number[], b: number[]): number {
	if (a.length !== b.length) {
		throw new Error(`dot: vectors have lengths ${a.length} and ${b.length}`);
	}
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i] * b[i];
	return s;
}

/** Euclidean length. */
export function norm(a: number[]): number {
	return Math.sqrt(dot(a, a));
}

/** Cosine similarity a·b / (|a||b|); 0 when either vector is all zeros (no direction). */
export function cosine(a: number[], b: number[]): number {
	const d = dot(a, b);
	const n = norm(a) * norm(b);
	return n === 0 ? 0 : d / n;
}

/** s·A, a new matrix. */
export function scale(A: number[][], s: number): number[][] {
	return A.map((row) => row.map((v) => v * s));
}

/** [B1 | B2 | …]: blocks with the same number of rows placed side by side. */
export function concatColumns(blocks: number[][][]): number[][] {
	if (blocks.length === 0) return [];
	const rows = blocks[0].length;
	blocks.forEach((B, b) => {
		if (B.length !== rows) {
			throw new Error(`concatColumns: block ${b} has ${B.length} rows, block 0 has ${rows}`);
		}
		checkRectangular('concatColumns', B);
	});
	return Array.from({ length: rows }, (_, i) => blocks.flatMap((B) => B[i]));
}

export function zeros(r: number, c: number): number[][] {
	checkSize('zeros', 'rows', r, 0);
	checkSize('zeros', 'columns', c, 0);
	return Array.from({ length: r }, () => new Array<number>(c).fill(0));
}

export function identity(n: number): number[][] {
	checkSize('identity', 'n', n, 0);
	const I = zeros(n, n);
	for (let i = 0; i < n; i++) I[i][i] = 1;
	return I;
}

/** A rows×cols matrix of independent N(0, std²) draws from rng (row by row). */
export function randomMatrix(rows: number, cols: number, rng: Rng, std = 1): number[][] {
	checkSize('randomMatrix', 'rows', rows, 0);
	checkSize('randomMatrix', 'cols', cols, 0);
	return Array.from({ length: rows }, () =>
		Array.from({ length: cols }, () => std * randomNormal(rng))
	);
}

/** Flip v in place so that its entry of largest magnitude is positive (eigenvectors have no sign). */
function fixSign(v: number[]): void {
	let k = 0;
	for (let i = 1; i < v.length; i++) if (Math.abs(v[i]) > Math.abs(v[k])) k = i;
	if (v[k] < 0) for (let i = 0; i < v.length; i++) v[i] = -v[i];
}

/**
 * All eigenpairs of a symmetric matrix by the cyclic Jacobi method: repeated plane rotations
 * that each zero one off-diagonal entry until the matrix is diagonal. Robust and accurate
 * (orthonormal vectors even for repeated eigenvalues); O(n³) per sweep, fine for n ≲ 300.
 *
 * Returns values sorted descending and vectors[i] = the unit eigenvector for values[i]
 * (a list of vectors, not a matrix of columns), signed so its largest-magnitude entry is > 0.
 * Throws if A is not square or not symmetric (up to rounding).
 */
export function symmetricEigen(A: number[][]): { values: number[]; vectors: number[][] } {
	const n = A.length;
	checkRectangular('symmetricEigen', A);
	if (n > 0 && cols(A) !== n) throw new Error(`symmetricEigen: A is ${n}×${cols(A)}, not square`);
	let maxAbs = 0;
	for (const row of A) for (const v of row) maxAbs = Math.max(maxAbs, Math.abs(v));
	const a = zeros(n, n);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < n; j++) {
			if (Math.abs(A[i][j] - A[j][i]) > 1e-9 * maxAbs) {
				throw new Error(`symmetricEigen: A is not symmetric (A[${i}][${j}] ≠ A[${j}][${i}])`);
			}
			a[i][j] = (A[i][j] + A[j][i]) / 2;
		}
	}
	const V = identity(n);
	let total = 0;
	for (const row of a) for (const v of row) total += v * v;

	for (let sweep = 0; sweep < 100; sweep++) {
		let off = 0;
		for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
		if (off <= 1e-30 * total) break;
		for (let p = 0; p < n; p++) {
			for (let q = p + 1; q < n; q++) {
				const apq = a[p][q];
				if (apq === 0) continue;
				// Rotation angle that makes the new a[p][q] zero (Numerical Recipes §11.1).
				const theta = (a[q][q] - a[p][p]) / (2 * apq);
				const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1);
				const s = t * c;
				for (let k = 0; k < n; k++) {
					const akp = a[k][p];
					const akq = a[k][q];
					a[k][p] = c * akp - s * akq;
					a[k][q] = s * akp + c * akq;
				}
				for (let k = 0; k < n; k++) {
					const apk = a[p][k];
					const aqk = a[q][k];
					a[p][k] = c * apk - s * aqk;
					a[q][k] = s * apk + c * aqk;
				}
				a[p][q] = 0;
				a[q][p] = 0;
				for (let k = 0; k < n; k++) {
					const vkp = V[k][p];
					const vkq = V[k][q];
					V[k][p] = c * vkp - s * vkq;
					V[k][q] = s * vkp + c * vkq;
				}
			}
		}
	}

	const order = argsort(
		a.map((row, i) => row[i]),
		'descending'
	);
	const vectors = order.map((i) => {
		const v = V.map((row) => row[i]);
		fixSign(v);
		return v;
	});
	return { values: order.map((i) => a[i][i]), vectors };
}

/**
 * The k largest singular triplets of A (m×n): A ≈ U·diag(S)·Vᵀ with U m×k, S of length k
 * (descending, ≥ 0) and V n×k; the columns of U and V are orthonormal. k = min(m, n) is exact.
 *
 * Computed from the eigenvectors of the smaller Gram matrix (AᵀA or AAᵀ), then the other side as
 * A·v / σ. This squares the condition number, so singular values far below the largest
 * (σ/σ₁ ≲ 1e-7) lose accuracy — fine for word vectors and PCA plots. Where σ ≤ 1e-7·σ₁
 * (rank-deficient A) that derived column is left all zeros instead of amplified rounding noise.
 * Signs are deterministic (see symmetricEigen).
 */
export function truncatedSVD(
	A: number[][],
	k: number
): { U: number[][]; S: number[]; V: number[][] } {
	checkRectangular('truncatedSVD', A);
	const m = A.length;
	const n = cols(A);
	if (!Number.isInteger(k) || k < 0 || k > Math.min(m, n)) {
		throw new Error(`truncatedSVD: k must be an integer in [0, ${Math.min(m, n)}], got ${k}`);
	}
	const At = transpose(A);
	const wide = m < n;
	// Eigenvectors of the smaller Gram matrix give one side; the other side follows from A.
	const { values, vectors } = symmetricEigen(wide ? matmul(A, At) : matmul(At, A));
	const S = values.slice(0, k).map((l) => Math.sqrt(Math.max(l, 0)));
	const small = vectors.slice(0, k);
	const big = small.map((v, i) => {
		const w = (wide ? At : A).map((row) => dot(row, v));
		const sigma = S[i] > 1e-7 * S[0] ? S[i] : 0;
		return w.map((x) => (sigma === 0 ? 0 : x / sigma));
	});
	const asColumns = (vs: number[][], rows: number) =>
		Array.from({ length: rows }, (_, r) => vs.map((v) => v[r]));
	return wide
		? { U: asColumns(small, m), S, V: asColumns(big, n) }
		: { U: asColumns(big, m), S, V: asColumns(small, n) };
}
