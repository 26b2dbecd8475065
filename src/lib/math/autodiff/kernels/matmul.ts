/**
 * Dense matrix products on flat row-major arrays, each ADDING into c (so the backward pass can
 * accumulate gradients in place, and a fresh zeroed array gives the plain product).
 *
 * C = A·B runs in i-k-j order: the innermost loop walks rows of B and C with stride 1. Each
 * pass of that loop serves a 4×4 block — four rows of C, four rows of B — so every value loaded
 * feeds several multiply-adds and the sixteen entries of A stay in registers. Measured in V8 (CPU
 * time, 64×64 to 256×256): the plain i-k-j loop ran at about 1 GFLOP/s, one row × four k steps
 * at about 2, and the 2×4 block at about 5; on the GPT's shapes (512 rows) the 4×4 block ran
 * ≈1.3× the 2×4 (which stays for a last pair of rows).
 * The transposed variants that backward needs: dB = Aᵀ·dC reads its operands in place with the
 * same 4×4 blocking; dA = dC·Bᵀ copies Bᵀ (a weight: small beside the product) to do likewise.
 *
 * Each output element is summed in a fixed order: matmulAdd and matmulTransposedAAdd add groups
 * of four products in turn, matmulTransposedBAdd one running dot product. Training logs are
 * reproduced to the last digit, so a faster kernel must keep that order for every element.
 * The optional row strides (lda, ldc) let a caller work on a block of a larger matrix, as causal
 * attention does on the triangle below the diagonal.
 */
type Data = Float32Array | Float64Array;

/** c[n×m] += a[n×k] · b[k×m]; the rows of a lie lda apart. */
export function matmulAdd(
	a: Data,
	b: Data,
	c: Data,
	n: number,
	k: number,
	m: number,
	lda = k
): void {
	let i = 0;
	for (; i + 3 < n; i += 4) {
		const a0 = i * lda;
		const a1 = a0 + lda;
		const a2 = a1 + lda;
		const a3 = a2 + lda;
		const c0 = i * m;
		const c1 = c0 + m;
		const c2 = c1 + m;
		const c3 = c2 + m;
		let p = 0;
		for (; p + 3 < k; p += 4) {
			const u0 = a[a0 + p];
			const u1 = a[a0 + p + 1];
			const u2 = a[a0 + p + 2];
			const u3 = a[a0 + p + 3];
			const v0 = a[a1 + p];
			const v1 = a[a1 + p + 1];
			const v2 = a[a1 + p + 2];
			const v3 = a[a1 + p + 3];
			const w0 = a[a2 + p];
			const w1 = a[a2 + p + 1];
			const w2 = a[a2 + p + 2];
			const w3 = a[a2 + p + 3];
			const z0 = a[a3 + p];
			const z1 = a[a3 + p + 1];
			const z2 = a[a3 + p + 2];
			const z3 = a[a3 + p + 3];
			const b0 = p * m;
			const b1 = b0 + m;
			const b2 = b1 + m;
			const b3 = b2 + m;
			for (let j = 0; j < m; j++) {
				const x0 = b[b0 + j];
				const x1 = b[b1 + j];
				const x2 = b[b2 + j];
				const x3 = b[b3 + j];
				c[c0 + j] += u0 * x0 + u1 * x1 + u2 * x2 + u3 * x3;
				c[c1 + j] += v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
				c[c2 + j] += w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3;
				c[c3 + j] += z0 * x0 + z1 * x1 + z2 * x2 + z3 * x3;
			}
		}
		for (; p < k; p++) {
			const u = a[a0 + p];
			const v = a[a1 + p];
			const w = a[a2 + p];
			const z = a[a3 + p];
			const bp = p * m;
			for (let j = 0; j < m; j++) {
				const x = b[bp + j];
				c[c0 + j] += u * x;
				c[c1 + j] += v * x;
				c[c2 + j] += w * x;
				c[c3 + j] += z * x;
			}
		}
	}
	for (; i + 1 < n; i += 2) {
		const a0 = i * lda;
		const a1 = a0 + lda;
		const c0 = i * m;
		const c1 = c0 + m;
		let p = 0;
		for (; p + 3 < k; p += 4) {
			const u0 = a[a0 + p];
			const u1 = a[a0 + p + 1];
			const u2 = a[a0 + p + 2];
			const u3 = a[a0 + p + 3];
			const v0 = a[a1 + p];
			const v1 = a[a1 + p + 1];
			const v2 = a[a1 + p + 2];
			const v3 = a[a1 + p + 3];
			const b0 = p * m;
			const b1 = b0 + m;
			const b2 = b1 + m;
			const b3 = b2 + m;
			for (let j = 0; j < m; j++) {
				const x0 = b[b0 + j];
				const x1 = b[b1 + j];
				const x2 = b[b2 + j];
				const x3 = b[b3 + j];
				c[c0 + j] += u0 * x0 + u1 * x1 + u2 * x2 + u3 * x3;
				c[c1 + j] += v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
			}
		}
		for (; p < k; p++) {
			const u = a[a0 + p];
			const v = a[a1 + p];
			const bp = p * m;
			for (let j = 0; j < m; j++) {
				const x = b[bp + j];
				c[c0 + j] += u * x;
				c[c1 + j] += v * x;
			}
		}
	}
	if (i < n) {
		const a0 = i * lda;
		const c0 = i * m;
		for (let p = 0; p < k; p++) {
			const u = a[a0 + p];
			const bp = p * m;
			for (let j = 0; j < m; j++) c[c0 + j] += u * b[bp + j];
		}
	}
}

/** Scratch for matmulTransposedBAdd: b transposed, and four rows of sums; grown as needed. */
let transposed = new Float64Array(0);
let sums = new Float64Array(0);

/**
 * c[n×m] += a[n×k] · b[m×k]ᵀ, each element one running dot product from 0 (p = 0, 1, …). From
 * four rows of a on, b is transposed first, so that the products run as matmulAdd's (four rows
 * of a against four rows of bᵀ, stride 1) while each element still adds its products one after
 * the other (measured: ≈1.25× the dot-product form); the rows of c lie ldc apart.
 */
export function matmulTransposedBAdd(
	a: Data,
	b: Data,
	c: Data,
	n: number,
	k: number,
	m: number,
	ldc = m
): void {
	if (n < 4) return dotRowsAdd(a, b, c, n, k, m, ldc);
	if (transposed.length < k * m) transposed = new Float64Array(k * m);
	if (sums.length < 4 * m) sums = new Float64Array(4 * m);
	const t = transposed;
	const s = sums;
	for (let j = 0; j < m; j++) for (let p = 0; p < k; p++) t[p * m + j] = b[j * k + p];
	const s0 = 0;
	const s1 = m;
	const s2 = 2 * m;
	const s3 = 3 * m;
	let i = 0;
	for (; i + 3 < n; i += 4) {
		const a0 = i * k;
		const a1 = a0 + k;
		const a2 = a1 + k;
		const a3 = a2 + k;
		s.fill(0, 0, 4 * m);
		let p = 0;
		for (; p + 3 < k; p += 4) {
			const u0 = a[a0 + p];
			const u1 = a[a0 + p + 1];
			const u2 = a[a0 + p + 2];
			const u3 = a[a0 + p + 3];
			const v0 = a[a1 + p];
			const v1 = a[a1 + p + 1];
			const v2 = a[a1 + p + 2];
			const v3 = a[a1 + p + 3];
			const w0 = a[a2 + p];
			const w1 = a[a2 + p + 1];
			const w2 = a[a2 + p + 2];
			const w3 = a[a2 + p + 3];
			const z0 = a[a3 + p];
			const z1 = a[a3 + p + 1];
			const z2 = a[a3 + p + 2];
			const z3 = a[a3 + p + 3];
			const b0 = p * m;
			const b1 = b0 + m;
			const b2 = b1 + m;
			const b3 = b2 + m;
			for (let j = 0; j < m; j++) {
				const x0 = t[b0 + j];
				const x1 = t[b1 + j];
				const x2 = t[b2 + j];
				const x3 = t[b3 + j];
				// Left to right: the products are added one at a time, as in a running dot product.
				s[s0 + j] = s[s0 + j] + u0 * x0 + u1 * x1 + u2 * x2 + u3 * x3;
				s[s1 + j] = s[s1 + j] + v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
				s[s2 + j] = s[s2 + j] + w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3;
				s[s3 + j] = s[s3 + j] + z0 * x0 + z1 * x1 + z2 * x2 + z3 * x3;
			}
		}
		for (; p < k; p++) {
			const u = a[a0 + p];
			const v = a[a1 + p];
			const w = a[a2 + p];
			const z = a[a3 + p];
			const bp = p * m;
			for (let j = 0; j < m; j++) {
				const x = t[bp + j];
				s[s0 + j] += u * x;
				s[s1 + j] += v * x;
				s[s2 + j] += w * x;
				s[s3 + j] += z * x;
			}
		}
		const c0 = i * ldc;
		const c1 = c0 + ldc;
		const c2 = c1 + ldc;
		const c3 = c2 + ldc;
		for (let j = 0; j < m; j++) {
			c[c0 + j] += s[s0 + j];
			c[c1 + j] += s[s1 + j];
			c[c2 + j] += s[s2 + j];
			c[c3 + j] += s[s3 + j];
		}
	}
	if (i < n) dotRowsAdd(a.subarray(i * k), b, c.subarray(i * ldc), n - i, k, m, ldc);
}

/** matmulTransposedBAdd as dot products of rows, two rows of a against four rows of b at a time. */
function dotRowsAdd(a: Data, b: Data, c: Data, n: number, k: number, m: number, ldc = m): void {
	let i = 0;
	for (; i + 1 < n; i += 2) {
		const a0 = i * k;
		const a1 = a0 + k;
		const c0 = i * ldc;
		const c1 = c0 + ldc;
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
			let t0 = 0;
			let t1 = 0;
			let t2 = 0;
			let t3 = 0;
			for (let p = 0; p < k; p++) {
				const u = a[a0 + p];
				const v = a[a1 + p];
				const x0 = b[b0 + p];
				const x1 = b[b1 + p];
				const x2 = b[b2 + p];
				const x3 = b[b3 + p];
				s0 += u * x0;
				s1 += u * x1;
				s2 += u * x2;
				s3 += u * x3;
				t0 += v * x0;
				t1 += v * x1;
				t2 += v * x2;
				t3 += v * x3;
			}
			c[c0 + j] += s0;
			c[c0 + j + 1] += s1;
			c[c0 + j + 2] += s2;
			c[c0 + j + 3] += s3;
			c[c1 + j] += t0;
			c[c1 + j + 1] += t1;
			c[c1 + j + 2] += t2;
			c[c1 + j + 3] += t3;
		}
		for (; j < m; j++) {
			const bj = j * k;
			let s = 0;
			let t = 0;
			for (let p = 0; p < k; p++) {
				s += a[a0 + p] * b[bj + p];
				t += a[a1 + p] * b[bj + p];
			}
			c[c0 + j] += s;
			c[c1 + j] += t;
		}
	}
	if (i < n) {
		const a0 = i * k;
		const c0 = i * ldc;
		for (let j = 0; j < m; j++) {
			const bj = j * k;
			let s = 0;
			for (let p = 0; p < k; p++) s += a[a0 + p] * b[bj + p];
			c[c0 + j] += s;
		}
	}
}

/**
 * c[k×m] += a[n×k]ᵀ · b[n×m]: rows of b scaled by columns of a, two rows of c against four rows
 * of b at a time; the rows of a lie lda apart.
 */
export function matmulTransposedAAdd(
	a: Data,
	b: Data,
	c: Data,
	n: number,
	k: number,
	m: number,
	lda = k
): void {
	let i = 0;
	for (; i + 3 < n; i += 4) {
		const r0 = i * lda;
		const r1 = r0 + lda;
		const r2 = r1 + lda;
		const r3 = r2 + lda;
		const b0 = i * m;
		const b1 = b0 + m;
		const b2 = b1 + m;
		const b3 = b2 + m;
		let p = 0;
		for (; p + 3 < k; p += 4) {
			const u0 = a[r0 + p];
			const u1 = a[r1 + p];
			const u2 = a[r2 + p];
			const u3 = a[r3 + p];
			const v0 = a[r0 + p + 1];
			const v1 = a[r1 + p + 1];
			const v2 = a[r2 + p + 1];
			const v3 = a[r3 + p + 1];
			const w0 = a[r0 + p + 2];
			const w1 = a[r1 + p + 2];
			const w2 = a[r2 + p + 2];
			const w3 = a[r3 + p + 2];
			const z0 = a[r0 + p + 3];
			const z1 = a[r1 + p + 3];
			const z2 = a[r2 + p + 3];
			const z3 = a[r3 + p + 3];
			const c0 = p * m;
			const c1 = c0 + m;
			const c2 = c1 + m;
			const c3 = c2 + m;
			for (let j = 0; j < m; j++) {
				const x0 = b[b0 + j];
				const x1 = b[b1 + j];
				const x2 = b[b2 + j];
				const x3 = b[b3 + j];
				c[c0 + j] += u0 * x0 + u1 * x1 + u2 * x2 + u3 * x3;
				c[c1 + j] += v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
				c[c2 + j] += w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3;
				c[c3 + j] += z0 * x0 + z1 * x1 + z2 * x2 + z3 * x3;
			}
		}
		for (; p + 1 < k; p += 2) {
			const u0 = a[r0 + p];
			const u1 = a[r1 + p];
			const u2 = a[r2 + p];
			const u3 = a[r3 + p];
			const v0 = a[r0 + p + 1];
			const v1 = a[r1 + p + 1];
			const v2 = a[r2 + p + 1];
			const v3 = a[r3 + p + 1];
			const c0 = p * m;
			const c1 = c0 + m;
			for (let j = 0; j < m; j++) {
				const x0 = b[b0 + j];
				const x1 = b[b1 + j];
				const x2 = b[b2 + j];
				const x3 = b[b3 + j];
				c[c0 + j] += u0 * x0 + u1 * x1 + u2 * x2 + u3 * x3;
				c[c1 + j] += v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
			}
		}
		if (p < k) {
			const u0 = a[r0 + p];
			const u1 = a[r1 + p];
			const u2 = a[r2 + p];
			const u3 = a[r3 + p];
			const c0 = p * m;
			for (let j = 0; j < m; j++) {
				c[c0 + j] += u0 * b[b0 + j] + u1 * b[b1 + j] + u2 * b[b2 + j] + u3 * b[b3 + j];
			}
		}
	}
	for (; i < n; i++) {
		const bi = i * m;
		for (let p = 0; p < k; p++) {
			const u = a[i * lda + p];
			const c0 = p * m;
			for (let j = 0; j < m; j++) c[c0 + j] += u * b[bi + j];
		}
	}
}
