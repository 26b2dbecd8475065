import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matmul, randomMatrix, truncatedSVD } from './linalg';
import { frobeniusNorm, fullSVD, rankApproximation, truncationErrors } from './low-rank';
import { createRng } from './rng';

const minus = (A: number[][], B: number[][]) => A.map((row, i) => row.map((v, j) => v - B[i][j]));

describe('frobeniusNorm(A)', () => {
	it('is √(Σ A_ij²): 5 for [[3, 0], [0, 4]]', () => {
		expect(
			frobeniusNorm([
				[3, 0],
				[0, 4]
			])
		).toBe(5);
	});
});

describe('truncationErrors(S)', () => {
	it('is the energy of the dropped singular values: S = (3, 2, 1) gives √14, √5, 1, 0', () => {
		const e = truncationErrors([3, 2, 1]);
		expect(e[0]).toBeCloseTo(Math.sqrt(14), 14);
		expect(e[1]).toBeCloseTo(Math.sqrt(5), 14);
		expect(e[2]).toBe(1);
		expect(e[3]).toBe(0);
	});
});

describe('rankApproximation(svd, r) (Eckart–Young)', () => {
	const matrix = fc
		.record({
			m: fc.integer({ min: 1, max: 7 }),
			n: fc.integer({ min: 1, max: 7 }),
			seed: fc.integer()
		})
		.map(({ m, n, seed }) => randomMatrix(m, n, createRng(seed)));

	it('misses A by exactly the energy of the singular values it drops, for every r', () => {
		fc.assert(
			fc.property(matrix, (A) => {
				const svd = fullSVD(A);
				const errors = truncationErrors(svd.S);
				expect(errors[0]).toBeCloseTo(frobeniusNorm(A), 9);
				for (let r = 0; r <= svd.S.length; r++) {
					const residual = frobeniusNorm(minus(A, rankApproximation(svd, r)));
					expect(residual).toBeCloseTo(errors[r], 6);
				}
			})
		);
	});

	it('is nearer to A than any other product B·C of the same rank', () => {
		fc.assert(
			fc.property(matrix, fc.integer(), (A, seed) => {
				const svd = fullSVD(A);
				const errors = truncationErrors(svd.S);
				const rng = createRng(seed);
				for (let r = 1; r < svd.S.length; r++) {
					const B = randomMatrix(A.length, r, rng);
					const C = randomMatrix(r, A[0].length, rng);
					expect(frobeniusNorm(minus(A, matmul(B, C)))).toBeGreaterThanOrEqual(errors[r] - 1e-9);
					// The best one with its factors nudged: still rank ≤ r, never nearer.
					const left = svd.U.map((u, i) =>
						u.slice(0, r).map((x, k) => x * svd.S[k] + 0.01 * B[i][k])
					);
					const right = C.map((row, k) => row.map((c, j) => svd.V[j][k] + 0.01 * c));
					expect(frobeniusNorm(minus(A, matmul(left, right)))).toBeGreaterThanOrEqual(
						errors[r] - 1e-9
					);
				}
			})
		);
	});

	it('rejects r outside [0, min(rows, cols)]', () => {
		const svd = fullSVD([[1, 2]]);
		expect(() => rankApproximation(svd, 2)).toThrow(RangeError);
	});
});

describe('fullSVD(A, near)', () => {
	const pair = fc
		.record({
			m: fc.integer({ min: 1, max: 7 }),
			n: fc.integer({ min: 1, max: 7 }),
			seed: fc.integer()
		})
		.map(({ m, n, seed }) => {
			const rng = createRng(seed);
			const A = randomMatrix(m, n, rng);
			const nudge = randomMatrix(m, n, rng, 0.01);
			return [A, A.map((row, i) => row.map((x, j) => x + nudge[i][j]))] as const;
		});
	const gap = (A: number[][], B: number[][]) =>
		Math.max(0, ...A.flatMap((row, i) => row.map((x, j) => Math.abs(x - B[i][j]))));

	it('puts A back together: U·diag(S)·Vᵀ = A, with U and V orthonormal', () => {
		fc.assert(
			fc.property(pair, ([A]) => {
				const { U, S, V } = fullSVD(A);
				const k = S.length;
				expect(gap(rankApproximation({ U, S, V }, k), A)).toBeLessThan(1e-12);
				const VtV = matmul(
					V[0].map((_, i) => V.map((row) => row[i])),
					V
				);
				expect(
					gap(
						VtV,
						VtV.map((row, i) => row.map((_, j) => +(i === j)))
					)
				).toBeLessThan(1e-12);
				for (let i = 1; i < k; i++) expect(S[i]).toBeLessThanOrEqual(S[i - 1]);
			})
		);
	});

	it('has the singular values of the eigen route (linalg’s truncatedSVD)', () => {
		fc.assert(
			fc.property(pair, ([A]) => {
				const k = Math.min(A.length, A[0].length);
				const theirs = truncatedSVD(A, k).S;
				fullSVD(A).S.forEach((s, i) => expect(s).toBeCloseTo(theirs[i], 9));
			})
		);
	});

	it('started from a nearby matrix’s SVD, gives the same SVD as from scratch', () => {
		fc.assert(
			fc.property(pair, ([A, B]) => {
				const cold = fullSVD(B);
				const warm = fullSVD(B, fullSVD(A));
				warm.S.forEach((s, i) => expect(s).toBeCloseTo(cold.S[i], 12));
				for (let r = 0; r <= cold.S.length; r++) {
					expect(gap(rankApproximation(warm, r), rankApproximation(cold, r))).toBeLessThan(1e-9);
				}
			})
		);
	});
});
