import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { matmulAdd, matmulTransposedAAdd, matmulTransposedBAdd } from './matmul';

/** The textbook triple loop, c[i][j] += Σ_p A(i, p)·B(p, j) with element readers. */
function naive(
	n: number,
	k: number,
	m: number,
	A: (i: number, p: number) => number,
	B: (p: number, j: number) => number
) {
	const c = new Float64Array(n * m);
	for (let i = 0; i < n; i++)
		for (let j = 0; j < m; j++) for (let p = 0; p < k; p++) c[i * m + j] += A(i, p) * B(p, j);
	return c;
}

const random = (length: number, seed: number) => {
	const rng = createRng(seed);
	return Float64Array.from({ length }, () => rng() * 2 - 1);
};
const dims = fc.tuple(
	fc.integer({ min: 1, max: 9 }),
	fc.integer({ min: 1, max: 9 }),
	fc.integer({ min: 1, max: 9 }),
	fc.integer()
);
const worst = (x: Float64Array, y: Float64Array) =>
	x.reduce((w, v, i) => Math.max(w, Math.abs(v - y[i])), 0);

describe('matmul kernels', () => {
	it('matmulAdd([[1, 2], [3, 4]], [[5, 6], [7, 8]]) adds [[19, 22], [43, 50]]', () => {
		const c = Float64Array.of(1, 1, 1, 1);
		matmulAdd(Float64Array.of(1, 2, 3, 4), Float64Array.of(5, 6, 7, 8), c, 2, 2, 2);
		expect(Array.from(c)).toEqual([20, 23, 44, 51]);
	});

	it('each equals the triple loop, for sizes around the unrolling by 4', () => {
		fc.assert(
			fc.property(dims, ([n, k, m, seed]) => {
				const a = random(n * k, seed);
				const b = random(k * m, seed + 1);
				const bt = random(m * k, seed + 2); // b stored as [m, k]
				const at = random(n * k, seed + 3); // read as [n, k] for aᵀ: result [k, m] from b' [n, m]
				const b2 = random(n * m, seed + 4);
				const c1 = new Float64Array(n * m);
				matmulAdd(a, b, c1, n, k, m);
				const c2 = new Float64Array(n * m);
				matmulTransposedBAdd(a, bt, c2, n, k, m);
				const c3 = new Float64Array(k * m);
				matmulTransposedAAdd(at, b2, c3, n, k, m);
				return (
					worst(
						c1,
						naive(
							n,
							k,
							m,
							(i, p) => a[i * k + p],
							(p, j) => b[p * m + j]
						)
					) < 1e-14 &&
					worst(
						c2,
						naive(
							n,
							k,
							m,
							(i, p) => a[i * k + p],
							(p, j) => bt[j * k + p]
						)
					) < 1e-14 &&
					worst(
						c3,
						naive(
							k,
							n,
							m,
							(p, i) => at[i * k + p],
							(i, j) => b2[i * m + j]
						)
					) < 1e-14
				);
			}),
			{ seed: 64, numRuns: 100 }
		);
	});

	it('with row strides, work on a block of a larger matrix to the same bits as on a copy of it', () => {
		fc.assert(
			fc.property(dims, fc.integer({ min: 0, max: 3 }), ([n, k, m, seed], pad) => {
				// a [n, k] as the left part of [n, k + pad]; c [n, m] as the left part of [n, m + pad].
				const wide = random(n * (k + pad), seed);
				const a = Float64Array.from(
					{ length: n * k },
					(_, i) => wide[Math.floor(i / k) * (k + pad) + (i % k)]
				);
				const b = random(k * m, seed + 1);
				const bt = random(m * k, seed + 2);
				const b2 = random(n * m, seed + 3);
				const dense = [new Float64Array(n * m), new Float64Array(n * m), new Float64Array(k * m)];
				matmulAdd(a, b, dense[0], n, k, m);
				matmulTransposedBAdd(a, bt, dense[1], n, k, m);
				matmulTransposedAAdd(a, b2, dense[2], n, k, m);
				const c1 = new Float64Array(n * m);
				matmulAdd(wide, b, c1, n, k, m, k + pad);
				const c2 = new Float64Array(n * (m + pad));
				matmulTransposedBAdd(a, bt, c2, n, k, m, m + pad);
				const c3 = new Float64Array(k * m);
				matmulTransposedAAdd(wide, b2, c3, n, k, m, k + pad);
				const left = Array.from(
					{ length: n * m },
					(_, i) => c2[Math.floor(i / m) * (m + pad) + (i % m)]
				);
				return (
					c1.every((x, i) => x === dense[0][i]) &&
					left.every((x, i) => x === dense[1][i]) &&
					c3.every((x, i) => x === dense[2][i])
				);
			}),
			{ seed: 65, numRuns: 100 }
		);
	});
	it('keep every element’s order of summation, bit for bit, whatever the blocking', () => {
		// matmulAdd: rows in pairs add groups of four products, then single ones; an odd last row
		// adds single products. matmulTransposedBAdd: one running dot product from 0, then added.
		fc.assert(
			fc.property(dims, ([n, k, m, seed]) => {
				const a = random(n * k, seed);
				const b = random(k * m, seed + 1);
				const bt = random(m * k, seed + 2);
				const start = random(n * m, seed + 3);
				const c1 = start.slice();
				matmulAdd(a, b, c1, n, k, m);
				const c2 = start.slice();
				matmulTransposedBAdd(a, bt, c2, n, k, m);
				for (let i = 0; i < n; i++) {
					const grouped = i + 1 < n || n % 2 === 0;
					for (let j = 0; j < m; j++) {
						let c = start[i * m + j];
						let p = 0;
						const t = (q: number) => a[i * k + q] * b[q * m + j];
						if (grouped) for (; p + 3 < k; p += 4) c += t(p) + t(p + 1) + t(p + 2) + t(p + 3);
						for (; p < k; p++) c += t(p);
						let dot = 0;
						for (let q = 0; q < k; q++) dot += a[i * k + q] * bt[j * k + q];
						if (!Object.is(c1[i * m + j], c) || !Object.is(c2[i * m + j], start[i * m + j] + dot))
							return false;
					}
				}
				return true;
			}),
			{ seed: 66, numRuns: 200 }
		);
	});
});
