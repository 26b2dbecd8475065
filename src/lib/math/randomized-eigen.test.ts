import { describe, expect, it } from 'vitest';
import { dot, matmul, randomMatrix, symmetricEigen, transpose } from './linalg';
import { orthonormalColumns, randomizedSymmetricEigen } from './randomized-eigen';
import { createRng } from './rng';

describe('orthonormalColumns(Y)', () => {
	it('gives orthonormal columns spanning Y', () => {
		const Y = randomMatrix(12, 4, createRng(3));
		const Q = orthonormalColumns(Y);
		const QtQ = matmul(transpose(Q), Q);
		QtQ.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(i === j ? 1 : 0, 10)));
		// Y = Q·(QᵀY): nothing of Y is outside span(Q).
		const back = matmul(Q, matmul(transpose(Q), Y));
		back.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(Y[i][j], 10)));
	});
	it('turns a dependent column into zeros', () => {
		const Q = orthonormalColumns([
			[1, 2],
			[1, 2],
			[0, 0]
		]);
		expect(Q.map((r) => r[1])).toEqual([0, 0, 0]);
	});
});

describe('randomizedSymmetricEigen(multiply, n, k, rng)', () => {
	// A = Σ λ v vᵀ with known λ (mixed signs) plus small noise, 40 × 40.
	const n = 40;
	const rng = createRng(11);
	const basis = orthonormalColumns(randomMatrix(n, n, rng));
	const lambdas = [12, -9, 6, 4, 1, 0.5, ...new Array(n - 6).fill(0.05)];
	const A = Array.from({ length: n }, (_, i) =>
		Array.from({ length: n }, (_, j) =>
			lambdas.reduce((s, l, d) => s + l * basis[i][d] * basis[j][d], 0)
		)
	);

	it('finds the eigenvalues of largest magnitude, with their signs, as the Jacobi method does', () => {
		const { values } = randomizedSymmetricEigen((B) => matmul(A, B), n, 4, createRng(1));
		expect(values.map((v) => Number(v.toFixed(6)))).toEqual([12, -9, 6, 4]);
		const exact = symmetricEigen(A).values.sort((a, b) => Math.abs(b) - Math.abs(a));
		values.forEach((v, i) => expect(v).toBeCloseTo(exact[i], 6));
	});
	it('returns unit eigenvectors: A·v = λ·v', () => {
		const { values, vectors } = randomizedSymmetricEigen((B) => matmul(A, B), n, 3, createRng(2));
		vectors.forEach((v, i) => {
			expect(dot(v, v)).toBeCloseTo(1, 10);
			const Av = A.map((row) => dot(row, v));
			Av.forEach((x, r) => expect(x).toBeCloseTo(values[i] * v[r], 6));
		});
	});
	it('is deterministic for a seed and rejects k outside [0, n]', () => {
		const run = () => randomizedSymmetricEigen((B) => matmul(A, B), n, 2, createRng(5));
		expect(run()).toEqual(run());
		expect(() => randomizedSymmetricEigen((B) => B, 3, 4, createRng(1))).toThrow(/k must be/);
	});
});
