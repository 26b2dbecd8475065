import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mean, standardDeviation } from './stats';
import {
	concatColumns,
	cosine,
	dot,
	identity,
	matmul,
	norm,
	randomMatrix,
	scale,
	symmetricEigen,
	transpose,
	truncatedSVD,
	zeros
} from './linalg';
import { createRng } from './rng';

function expectClose(A: number[][], B: number[][], digits = 9): void {
	expect(A.length).toBe(B.length);
	A.forEach((row, i) => {
		expect(row.length).toBe(B[i].length);
		row.forEach((v, j) => expect(v).toBeCloseTo(B[i][j], digits));
	});
}

const smallMatrix = (rows: number, cols: number) =>
	fc.array(
		fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: cols, maxLength: cols }),
		{ minLength: rows, maxLength: rows }
	);
const fcInt = (min: number, max: number) => fc.integer({ min, max });

describe('matmul(A, B)', () => {
	it('multiplies a hand-computed 2×3 by 3×2 example', () => {
		const A = [
			[1, 2, 3],
			[4, 5, 6]
		];
		const B = [
			[7, 8],
			[9, 10],
			[11, 12]
		];
		expect(matmul(A, B)).toEqual([
			[58, 64],
			[139, 154]
		]);
	});

	it('leaves a matrix unchanged when multiplied by the identity on either side', () => {
		fc.assert(
			fc.property(fcInt(1, 4), fcInt(1, 4), fc.integer(), (r, c, seed) => {
				const A = randomMatrix(r, c, createRng(seed));
				expect(matmul(identity(r), A)).toEqual(A);
				expect(matmul(A, identity(c))).toEqual(A);
			})
		);
	});

	it('satisfies (AB)ᵀ = BᵀAᵀ', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const rng = createRng(seed);
				const A = randomMatrix(3, 4, rng);
				const B = randomMatrix(4, 2, rng);
				expectClose(transpose(matmul(A, B)), matmul(transpose(B), transpose(A)));
			})
		);
	});

	it('throws a clear error on mismatched inner dimensions', () => {
		expect(() => matmul(zeros(2, 3), zeros(2, 3))).toThrow(/A is 2×3 but B is 2×3/);
	});

	it('throws on a ragged matrix', () => {
		expect(() => matmul([[1, 2], [3]], zeros(2, 2))).toThrow(/row 1 has 1 columns/);
	});
});

describe('transpose(A)', () => {
	it('swaps rows and columns', () => {
		expect(
			transpose([
				[1, 2, 3],
				[4, 5, 6]
			])
		).toEqual([
			[1, 4],
			[2, 5],
			[3, 6]
		]);
	});

	it('is its own inverse', () => {
		fc.assert(
			fc.property(smallMatrix(3, 5), (A) => {
				expect(transpose(transpose(A))).toEqual(A);
			})
		);
	});
});

describe('dot(a, b), norm(a), cosine(a, b)', () => {
	it('computes hand values', () => {
		expect(dot([1, 2, 3], [4, -5, 6])).toBe(12);
		expect(norm([3, 4])).toBe(5);
		expect(cosine([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 12);
		expect(cosine([1, 2], [-2, -4])).toBeCloseTo(-1, 12);
		expect(cosine([1, 0], [0, 3])).toBe(0);
	});

	it('gives cosine 0 for a zero vector instead of NaN', () => {
		expect(cosine([0, 0], [1, 2])).toBe(0);
	});

	it('keeps cosine in [-1, 1] and invariant to positive scaling', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 3, maxLength: 3 }),
				fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 3, maxLength: 3 }),
				fc.double({ min: 0.1, max: 10, noNaN: true }),
				(a, b, s) => {
					const c = cosine(a, b);
					expect(Math.abs(c)).toBeLessThanOrEqual(1 + 1e-12);
					expect(
						cosine(
							a.map((v) => v * s),
							b
						)
					).toBeCloseTo(c, 9);
				}
			)
		);
	});

	it('throws on vectors of different lengths', () => {
		expect(() => dot([1, 2], [1])).toThrow(/lengths 2 and 1/);
	});
});

describe('scale(A, s)', () => {
	it('multiplies every entry and returns a new matrix', () => {
		const A = [
			[1, -2],
			[0, 3]
		];
		expect(scale(A, 2)).toEqual([
			[2, -4],
			[0, 6]
		]);
		expect(A[0][0]).toBe(1);
	});
});

describe('concatColumns(blocks)', () => {
	it('places blocks side by side', () => {
		expect(
			concatColumns([
				[[1], [2]],
				[
					[3, 4],
					[5, 6]
				],
				[[7], [8]]
			])
		).toEqual([
			[1, 3, 4, 7],
			[2, 5, 6, 8]
		]);
	});

	it('throws when the blocks have different row counts', () => {
		expect(() => concatColumns([zeros(2, 1), zeros(3, 1)])).toThrow(/block 1 has 3 rows/);
	});
});

describe('zeros(r, c), identity(n)', () => {
	it('builds the expected shapes and values', () => {
		expect(zeros(2, 3)).toEqual([
			[0, 0, 0],
			[0, 0, 0]
		]);
		expect(identity(3)).toEqual([
			[1, 0, 0],
			[0, 1, 0],
			[0, 0, 1]
		]);
	});

	it('gives independent rows (no shared references)', () => {
		const Z = zeros(2, 2);
		Z[0][0] = 5;
		expect(Z[1][0]).toBe(0);
	});

	it('rejects negative or fractional sizes', () => {
		expect(() => zeros(-1, 2)).toThrow(/rows must be an integer ≥ 0/);
		expect(() => identity(1.5)).toThrow(/n must be an integer ≥ 0/);
	});
});

describe('randomMatrix(rows, cols, rng, std)', () => {
	it('is reproducible for a seed and has the requested shape', () => {
		const A = randomMatrix(3, 4, createRng(5));
		expect(A).toEqual(randomMatrix(3, 4, createRng(5)));
		expect(A.length).toBe(3);
		expect(A.every((r) => r.length === 4)).toBe(true);
	});

	it('scales the draws by std', () => {
		const A = randomMatrix(200, 50, createRng(9), 0.5);
		const xs = A.flat();
		expect(Math.abs(mean(xs))).toBeLessThan(0.02);
		expect(Math.abs(standardDeviation(xs) - 0.5)).toBeLessThan(0.02);
	});
});

function randomSymmetric(n: number, seed: number): number[][] {
	const R = randomMatrix(n, n, createRng(seed));
	return R.map((row, i) => row.map((v, j) => (v + R[j][i]) / 2));
}

describe('symmetricEigen(A)', () => {
	it('finds the hand-computed eigenpairs of [[2, 1], [1, 2]]', () => {
		const { values, vectors } = symmetricEigen([
			[2, 1],
			[1, 2]
		]);
		expect(values[0]).toBeCloseTo(3, 12);
		expect(values[1]).toBeCloseTo(1, 12);
		expectClose([vectors[0]], [[Math.SQRT1_2, Math.SQRT1_2]], 12);
		// Largest-magnitude entry is made positive; for (1, -1)/√2 that is the first one.
		expectClose([vectors[1]], [[Math.SQRT1_2, -Math.SQRT1_2]], 12);
	});

	it('sorts a diagonal matrix’s entries descending and returns the matching basis vectors', () => {
		const { values, vectors } = symmetricEigen([
			[1, 0, 0],
			[0, -2, 0],
			[0, 0, 5]
		]);
		expect(values).toEqual([5, 1, -2]);
		expect(vectors).toEqual([
			[0, 0, 1],
			[1, 0, 0],
			[0, 1, 0]
		]);
	});

	it('satisfies A v = λ v with orthonormal vectors and descending values', () => {
		fc.assert(
			fc.property(fcInt(1, 8), fc.integer(), (n, seed) => {
				const A = randomSymmetric(n, seed);
				const { values, vectors } = symmetricEigen(A);
				for (let i = 1; i < n; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
				vectors.forEach((v, i) => {
					const Av = A.map((row) => dot(row, v));
					Av.forEach((x, r) => expect(x).toBeCloseTo(values[i] * v[r], 9));
					vectors.forEach((w, j) => expect(dot(v, w)).toBeCloseTo(i === j ? 1 : 0, 9));
				});
				// The trace is the sum of the eigenvalues.
				const trace = A.reduce((s, row, i) => s + row[i], 0);
				expect(values.reduce((s, l) => s + l, 0)).toBeCloseTo(trace, 9);
			})
		);
	});

	it('keeps eigenvectors orthonormal for a repeated eigenvalue', () => {
		const { values, vectors } = symmetricEigen([
			[2, 0, 0],
			[0, 1, 1],
			[0, 1, 1]
		]);
		expect(values[0]).toBeCloseTo(2, 12);
		expect(values[1]).toBeCloseTo(2, 12);
		expect(values[2]).toBeCloseTo(0, 12);
		expect(dot(vectors[0], vectors[1])).toBeCloseTo(0, 12);
	});

	it('throws on a non-square or non-symmetric matrix', () => {
		expect(() => symmetricEigen(zeros(2, 3))).toThrow(/not square/);
		expect(() =>
			symmetricEigen([
				[1, 2],
				[3, 4]
			])
		).toThrow(/not symmetric/);
	});
});

describe('truncatedSVD(A, k)', () => {
	it('finds the hand-computed singular values of a diagonal-like matrix', () => {
		const { U, S, V } = truncatedSVD(
			[
				[3, 0],
				[0, -4],
				[0, 0]
			],
			2
		);
		expect(S[0]).toBeCloseTo(4, 12);
		expect(S[1]).toBeCloseTo(3, 12);
		// σ₁ = 4 comes from the second column: A e₂ = (0, -4, 0) = 4 · (0, -1, 0).
		expectClose(V, [
			[0, 1],
			[1, 0]
		]);
		expectClose(U, [
			[0, 1],
			[-1, 0],
			[0, 0]
		]);
	});

	it('reconstructs A exactly with k = min(m, n), for tall and wide matrices', () => {
		fc.assert(
			fc.property(fcInt(1, 6), fcInt(1, 6), fc.integer(), (m, n, seed) => {
				const A = randomMatrix(m, n, createRng(seed));
				const k = Math.min(m, n);
				const { U, S, V } = truncatedSVD(A, k);
				expect(U.length).toBe(m);
				expect(V.length).toBe(n);
				expect(S.length).toBe(k);
				const US = U.map((row) => row.map((v, j) => v * S[j]));
				expectClose(matmul(US, transpose(V)), A, 7);
				expectClose(matmul(transpose(V), V), identity(k), 7);
				expectClose(matmul(transpose(U), U), identity(k), 7);
				for (let i = 1; i < k; i++) expect(S[i]).toBeLessThanOrEqual(S[i - 1]);
			})
		);
	});

	it('gives the best rank-1 approximation of a rank-1 matrix exactly', () => {
		const u = [1, 2, 2];
		const v = [3, 4];
		const A = u.map((a) => v.map((b) => a * b));
		const { U, S, V } = truncatedSVD(A, 1);
		expect(S[0]).toBeCloseTo(norm(u) * norm(v), 9);
		expectClose(
			U.map((r) => [r[0] * S[0]]),
			u.map((a) => [(a / norm(u)) * norm(u) * norm(v)])
		);
		expectClose(V, [[3 / 5], [4 / 5]]);
	});

	it('leaves the derived column at zero for a rank-deficient matrix instead of noise', () => {
		// Rank 1, but rounding in AᵀA leaves σ₂ ≈ 1e-8 rather than 0.
		const u = [0.3, 0.6, 0.9, 1.7];
		const v = [0.7, 0.1, 2.3];
		const { U, S } = truncatedSVD(
			u.map((a) => v.map((b) => a * b)),
			2
		);
		expect(S[1]).toBeLessThan(1e-7 * S[0]);
		expect(U.map((r) => r[1])).toEqual([0, 0, 0, 0]);
	});

	it('rejects k outside [0, min(m, n)]', () => {
		expect(() => truncatedSVD(zeros(3, 2), 3)).toThrow(/k must be an integer in \[0, 2\]/);
		expect(() => truncatedSVD(zeros(3, 2), -1)).toThrow(/k must be/);
	});
});
