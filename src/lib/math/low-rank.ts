/**
 * Best low-rank approximations from a singular value decomposition (Eckart & Young, 1936): the
 * rank-r matrix nearest to A in the Frobenius norm keeps the r largest singular triplets, and its
 * error is the energy of the singular values it drops, √(σ²_{r+1} + … + σ²_n).
 */
export interface SVD {
	U: number[][];
	S: number[];
	V: number[][];
}

/**
 * The full SVD of A (k = min(rows, cols)) by one-sided Jacobi (Hestenes, 1958): plane rotations
 * of W = A·V until its columns are orthogonal; then σ_j = ‖w_j‖ and u_j = w_j / σ_j. It works on A
 * itself, not on AᵀA, so small singular values keep their accuracy. `near`, the V of a nearby
 * matrix (a slider's previous step), starts the rotations close to the answer: a sweep or two
 * instead of a dozen, and the same result up to rounding. S is descending; each column of V has
 * its entry of largest magnitude positive.
 */
export function fullSVD(A: number[][], near?: SVD): SVD {
	const rows = A.length;
	const cols = A[0]?.length ?? 0;
	if (rows < cols) {
		const { U, S, V } = fullSVD(transposed(A), near && { U: near.V, S: near.S, V: near.U });
		return { U: V, S, V: U };
	}
	const n = cols;
	// Column-major: column j of W is w[j*rows … (j+1)*rows), of V is v[j*n … (j+1)*n).
	const v = new Float64Array(n * n);
	const start = near && near.V.length === n && near.V[0]?.length === n ? near.V : null;
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) v[j * n + i] = start ? start[i][j] : +(i === j);
	const w = new Float64Array(rows * n);
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < n; j++) {
			let x = 0;
			for (let l = 0; l < n; l++) x += A[i][l] * v[j * n + l];
			w[j * rows + i] = x;
		}
	}
	for (let sweep = 0; sweep < 60; sweep++) {
		let rotated = false;
		for (let p = 0; p < n - 1; p++) {
			for (let q = p + 1; q < n; q++) {
				let alpha = 0;
				let beta = 0;
				let gamma = 0;
				for (let i = 0, a = p * rows, b = q * rows; i < rows; i++) {
					alpha += w[a + i] * w[a + i];
					beta += w[b + i] * w[b + i];
					gamma += w[a + i] * w[b + i];
				}
				if (gamma === 0 || Math.abs(gamma) <= 1e-14 * Math.sqrt(alpha * beta)) continue;
				rotated = true;
				// The angle that makes the two columns orthogonal (Demmel & Veselić, 1992).
				const zeta = (beta - alpha) / (2 * gamma);
				const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
				const c = 1 / Math.sqrt(1 + t * t);
				const s = c * t;
				rotate(w, p * rows, q * rows, rows, c, s);
				rotate(v, p * n, q * n, n, c, s);
			}
		}
		if (!rotated) break;
	}
	const norms = Array.from({ length: n }, (_, j) => {
		let x = 0;
		for (let i = 0; i < rows; i++) x += w[j * rows + i] ** 2;
		return Math.sqrt(x);
	});
	const order = norms.map((_, j) => j).sort((a, b) => norms[b] - norms[a]);
	const U = Array.from({ length: rows }, () => new Array<number>(n));
	const V = Array.from({ length: n }, () => new Array<number>(n));
	order.forEach((j, k) => {
		let big = 0;
		for (let i = 1; i < n; i++) if (Math.abs(v[j * n + i]) > Math.abs(v[j * n + big])) big = i;
		const sign = v[j * n + big] < 0 ? -1 : 1;
		for (let i = 0; i < n; i++) V[i][k] = sign * v[j * n + i];
		const scale = norms[j] === 0 ? 0 : sign / norms[j];
		for (let i = 0; i < rows; i++) U[i][k] = scale * w[j * rows + i];
	});
	return { U, S: order.map((j) => norms[j]), V };
}

/** Columns x and y (offsets into `m`, `length` long) turned by the rotation (c, s). */
function rotate(m: Float64Array, x: number, y: number, length: number, c: number, s: number) {
	for (let i = 0; i < length; i++) {
		const a = m[x + i];
		const b = m[y + i];
		m[x + i] = c * a - s * b;
		m[y + i] = s * a + c * b;
	}
}

const transposed = (A: number[][]) => (A[0] ?? []).map((_, j) => A.map((row) => row[j]));

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
