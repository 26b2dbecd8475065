/**
 * Dense matrix products on flat row-major arrays, each ADDING into c (so the backward pass can
 * accumulate gradients in place, and a fresh zeroed array gives the plain product).
 *
 * C = A·B runs in i-k-j order: the innermost loop walks a row of B and a row of C with stride 1.
 * Four k steps are fused per pass over the C row, so each C element is loaded and stored once
 * per four multiply-adds; that alone took 64×64 from about 1 to about 2.5 GFLOP/s in V8.
 * The transposed variants that backward needs (dA = dC·Bᵀ, dB = Aᵀ·dC) read the operands in
 * place instead of materialising a transpose.
 */
type Data = Float32Array | Float64Array;

/** c[n×m] += a[n×k] · b[k×m]. */
export function matmulAdd(a: Data, b: Data, c: Data, n: number, k: number, m: number): void {
	for (let i = 0; i < n; i++) {
		const ai = i * k;
		const ci = i * m;
		let p = 0;
		for (; p + 3 < k; p += 4) {
			const a0 = a[ai + p];
			const a1 = a[ai + p + 1];
			const a2 = a[ai + p + 2];
			const a3 = a[ai + p + 3];
			const b0 = p * m;
			const b1 = b0 + m;
			const b2 = b1 + m;
			const b3 = b2 + m;
			for (let j = 0; j < m; j++) {
				c[ci + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
			}
		}
		for (; p < k; p++) {
			const av = a[ai + p];
			const bp = p * m;
			for (let j = 0; j < m; j++) c[ci + j] += av * b[bp + j];
		}
	}
}

/** c[n×m] += a[n×k] · b[m×k]ᵀ: dot products of rows, four rows of b per pass over a row of a. */
export function matmulTransposedBAdd(
	a: Data,
	b: Data,
	c: Data,
	n: number,
	k: number,
	m: number
): void {
	for (let i = 0; i < n; i++) {
		const ai = i * k;
		const ci = i * m;
		let j = 0;
		for (; j + 3 < m; j += 4) {
			const b0 = j * k;
			const b1 = b0 + k;
			const b2 = b1 + k;
			const b3 = b2 + k;
			let s0 = 0;
			let s1 = 0;
			let s2 = 0;
			let s3 = 0;
			for (let p = 0; p < k; p++) {
				const av = a[ai + p];
				s0 += av * b[b0 + p];
				s1 += av * b[b1 + p];
				s2 += av * b[b2 + p];
				s3 += av * b[b3 + p];
			}
			c[ci + j] += s0;
			c[ci + j + 1] += s1;
			c[ci + j + 2] += s2;
			c[ci + j + 3] += s3;
		}
		for (; j < m; j++) {
			const bj = j * k;
			let s = 0;
			for (let p = 0; p < k; p++) s += a[ai + p] * b[bj + p];
			c[ci + j] += s;
		}
	}
}

/** c[k×m] += a[n×k]ᵀ · b[n×m]: rows of b scaled by a column of a, four rows of b per pass. */
export function matmulTransposedAAdd(
	a: Data,
	b: Data,
	c: Data,
	n: number,
	k: number,
	m: number
): void {
	let i = 0;
	for (; i + 3 < n; i += 4) {
		const b0 = i * m;
		const b1 = b0 + m;
		const b2 = b1 + m;
		const b3 = b2 + m;
		for (let p = 0; p < k; p++) {
			const a0 = a[i * k + p];
			const a1 = a[(i + 1) * k + p];
			const a2 = a[(i + 2) * k + p];
			const a3 = a[(i + 3) * k + p];
			const cp = p * m;
			for (let j = 0; j < m; j++) {
				c[cp + j] += a0 * b[b0 + j] + a1 * b[b1 + j] + a2 * b[b2 + j] + a3 * b[b3 + j];
			}
		}
	}
	for (; i < n; i++) {
		const bi = i * m;
		for (let p = 0; p < k; p++) {
			const av = a[i * k + p];
			const cp = p * m;
			for (let j = 0; j < m; j++) c[cp + j] += av * b[bi + j];
		}
	}
}
