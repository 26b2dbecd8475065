/**
 * Linear least squares by Householder QR, never by the normal equations (which square the
 * condition number): the overdetermined fit min |Ax − b|², its ridge form with a penalty
 * Σ λⱼ xⱼ² (as extra rows √λⱼ·eⱼ under A), and the minimum-norm solution of an underdetermined
 * system (more unknowns than equations) from the QR factors of Aᵀ.
 */

/**
 * Householder QR of the r×c matrix whose columns are given (r ≥ c; they are overwritten): the
 * reflectors vᵢ and R's upper triangle. Columns are stored whole so the inner loops run along
 * contiguous memory.
 */
function householder(columns: Float64Array[]): { v: Float64Array[]; R: number[][] } {
	const c = columns.length;
	const r = c === 0 ? 0 : columns[0].length;
	const v: Float64Array[] = [];
	for (let k = 0; k < c; k++) {
		const ck = columns[k];
		let normSq = 0;
		for (let i = k; i < r; i++) normSq += ck[i] * ck[i];
		const alpha = ck[k] >= 0 ? -Math.sqrt(normSq) : Math.sqrt(normSq);
		const h = new Float64Array(r);
		for (let i = k; i < r; i++) h[i] = ck[i];
		h[k] -= alpha;
		let hSq = 0;
		for (let i = k; i < r; i++) hSq += h[i] * h[i];
		if (hSq > 0) {
			for (let j = k; j < c; j++) {
				const cj = columns[j];
				let s = 0;
				for (let i = k; i < r; i++) s += h[i] * cj[i];
				const f = (2 * s) / hSq;
				for (let i = k; i < r; i++) cj[i] -= f * h[i];
			}
		}
		v.push(h);
	}
	const R = Array.from({ length: c }, (_, i) =>
		Array.from({ length: c }, (_, j) => (j >= i ? columns[j][i] : 0))
	);
	return { v, R };
}

/** y ← H_k y for the reflector h (H = I − 2hhᵀ/hᵀh), in place. */
function reflect(h: Float64Array, y: Float64Array, from: number): void {
	let s = 0;
	let hSq = 0;
	for (let i = from; i < h.length; i++) {
		s += h[i] * y[i];
		hSq += h[i] * h[i];
	}
	if (hSq === 0) return;
	const f = (2 * s) / hSq;
	for (let i = from; i < h.length; i++) y[i] -= f * h[i];
}

/** Whether |R_kk| is too small to divide by: the column adds nothing beyond the earlier ones. */
function negligible(R: number[][], k: number): boolean {
	let largest = 0;
	for (let i = 0; i < R.length; i++) largest = Math.max(largest, Math.abs(R[i][i]));
	return Math.abs(R[k][k]) <= 1e-13 * largest;
}

function checkShape(A: number[][], b: ArrayLike<number>): number {
	const cols = A.length === 0 ? 0 : A[0].length;
	if (A.some((row) => row.length !== cols)) throw new Error('leastSquares: A is not rectangular');
	if (b.length !== A.length) {
		throw new Error(`leastSquares: A has ${A.length} rows but b has ${b.length} entries`);
	}
	return cols;
}

/**
 * The x that minimises |Ax − b|² + Σⱼ ridgeⱼ·xⱼ² (ridge a number for every column alike, or one
 * per column; 0 by default). With more unknowns than rows and no ridge, the minimum-norm x among
 * the exact solutions (see `minNormSolve`). A column that depends on the earlier ones gets 0.
 */
export function leastSquares(
	A: number[][],
	b: ArrayLike<number>,
	ridge: number | readonly number[] = 0
): number[] {
	const cols = checkShape(A, b);
	const penalty = typeof ridge === 'number' ? new Array<number>(cols).fill(ridge) : ridge;
	if (penalty.length !== cols || penalty.some((l) => !(l >= 0))) {
		throw new Error(`leastSquares: ridge must be ${cols} numbers ≥ 0`);
	}
	const rows = A.map((row) => [...row]);
	const rhs = Array.from(b);
	penalty.forEach((l, j) => {
		if (l === 0) return;
		const row = new Array<number>(cols).fill(0);
		row[j] = Math.sqrt(l);
		rows.push(row);
		rhs.push(0);
	});
	if (rows.length < cols) return minNormSolve(A, b);
	const { v, R } = householder(
		Array.from({ length: cols }, (_, j) => Float64Array.from(rows, (row) => row[j]))
	);
	const y = Float64Array.from(rhs);
	v.forEach((h, k) => reflect(h, y, k));
	const x = new Array<number>(cols).fill(0);
	for (let k = cols - 1; k >= 0; k--) {
		if (negligible(R, k)) continue;
		let s = y[k];
		for (let j = k + 1; j < cols; j++) s -= R[k][j] * x[j];
		x[k] = s / R[k][k];
	}
	return x;
}

/**
 * The minimum-norm solution of Ax = b for A with fewer rows than columns (m < n, full row rank):
 * with Aᵀ = QR, x = Q·R⁻ᵀb, which solves the system and lies in A's row space, so no other
 * solution is shorter. This is what gradient descent from zero converges to on such a system, and
 * the interpolating fit of double descent past the threshold. Rows that depend on earlier ones
 * are dropped (their equations are taken as already met).
 */
export function minNormSolve(A: number[][], b: ArrayLike<number>): number[] {
	const cols = checkShape(A, b);
	const m = A.length;
	if (m > cols) throw new Error(`minNormSolve: A is ${m}×${cols}, needs m ≤ n`);
	// The columns of Aᵀ are the rows of A.
	const { v, R } = householder(A.map((row) => Float64Array.from(row)));
	// Rᵀz = b by forward substitution, then x = Q·[z; 0].
	const z = new Float64Array(cols);
	for (let k = 0; k < m; k++) {
		if (negligible(R, k)) continue;
		let s = b[k];
		for (let i = 0; i < k; i++) s -= R[i][k] * z[i];
		z[k] = s / R[k][k];
	}
	for (let k = v.length - 1; k >= 0; k--) reflect(v[k], z, k);
	return Array.from(z);
}
