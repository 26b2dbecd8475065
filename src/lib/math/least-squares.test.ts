import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquares, minNormSolve } from './least-squares';
import { matmul, transpose } from './linalg';

const residual = (A: number[][], x: number[], b: number[]) =>
	A.map((row, i) => row.reduce((s, a, j) => s + a * x[j], 0) - b[i]);
const matrix = (rows: number, cols: number) =>
	fc.array(
		fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: cols, maxLength: cols }),
		{
			minLength: rows,
			maxLength: rows
		}
	);

describe('leastSquares(A, b)', () => {
	it('fits a line by hand: through (−1, 0), (0, 0), (1, 3) it is 1 + 1.5x', () => {
		const A = [
			[1, -1],
			[1, 0],
			[1, 1]
		];
		const [c, m] = leastSquares(A, [0, 0, 3]);
		expect(c).toBeCloseTo(1, 12);
		expect(m).toBeCloseTo(1.5, 12);
	});

	it('solves a square system exactly', () => {
		const x = leastSquares(
			[
				[2, 1],
				[1, 3]
			],
			[3, 5]
		);
		expect(x[0]).toBeCloseTo(0.8, 12);
		expect(x[1]).toBeCloseTo(1.4, 12);
	});

	it('leaves a residual orthogonal to the columns (the normal equations hold)', () => {
		fc.assert(
			fc.property(
				matrix(7, 3),
				fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 7, maxLength: 7 }),
				(A, b) => {
					const G = matmul(transpose(A), A);
					// Only well-conditioned draws: the property is about the solver, not about rank loss.
					const det =
						G[0][0] * (G[1][1] * G[2][2] - G[1][2] * G[2][1]) -
						G[0][1] * (G[1][0] * G[2][2] - G[1][2] * G[2][0]) +
						G[0][2] * (G[1][0] * G[2][1] - G[1][1] * G[2][0]);
					fc.pre(Math.abs(det) > 1);
					const r = residual(A, leastSquares(A, b), b);
					const scale = 1 + Math.max(...b.map(Math.abs));
					transpose(A).forEach((column) =>
						expect(Math.abs(column.reduce((s, a, i) => s + a * r[i], 0))).toBeLessThan(
							1e-9 * scale * 30
						)
					);
				}
			)
		);
	});

	it('with a ridge λ solves (AᵀA + λI)x = Aᵀb: for one column, x = a·b / (a·a + λ)', () => {
		const a = [1, 2, 2];
		const b = [3, 1, 4];
		expect(
			leastSquares(
				a.map((v) => [v]),
				b,
				1
			)[0]
		).toBeCloseTo(13 / 10, 12);
		expect(
			leastSquares(
				a.map((v) => [v]),
				b,
				0
			)[0]
		).toBeCloseTo(13 / 9, 12);
	});

	it('shrinks the solution as λ grows, towards zero', () => {
		fc.assert(
			fc.property(
				matrix(6, 3),
				fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 6, maxLength: 6 }),
				(A, b) => {
					const size = (l: number) => Math.hypot(...leastSquares(A, b, l));
					const sizes = [1e-3, 0.1, 1, 10, 1000].map(size);
					sizes
						.slice(1)
						.forEach((s, i) => expect(s).toBeLessThanOrEqual(sizes[i] * (1 + 1e-9) + 1e-12));
					expect(size(1e9)).toBeLessThan(1e-6 * (1 + Math.hypot(...b)) * 10);
				}
			)
		);
	});

	it('leaves the unpenalised columns free (a per-column ridge)', () => {
		// Columns [1, x] through (0, 1), (1, 3): penalising only the slope keeps the mean fitted.
		const x = leastSquares(
			[
				[1, -1],
				[1, 1]
			],
			[1, 3],
			[0, 1e6]
		);
		expect(x[0]).toBeCloseTo(2, 6);
		expect(Math.abs(x[1])).toBeLessThan(1e-5);
	});

	it('gives a dependent column 0 rather than dividing by rounding noise', () => {
		const x = leastSquares(
			[
				[1, 2],
				[1, 2],
				[1, 2]
			],
			[1, 2, 3]
		);
		expect(x[0]).toBeCloseTo(2, 12);
		expect(x[1]).toBe(0);
	});
});

describe('minNormSolve(A, b) for p > n', () => {
	it('by hand: x₁ + x₂ = 2 has the shortest solution (1, 1)', () => {
		const x = minNormSolve([[1, 1]], [2]);
		expect(x[0]).toBeCloseTo(1, 12);
		expect(x[1]).toBeCloseTo(1, 12);
		expect(leastSquares([[1, 1]], [2])).toEqual(x);
	});

	it('solves the system and equals Aᵀ(AAᵀ)⁻¹b (it lies in the row space)', () => {
		const A = [
			[1, 0, 2, -1],
			[0, 1, 1, 3]
		];
		const b = [4, -2];
		const x = minNormSolve(A, b);
		residual(A, x, b).forEach((r) => expect(Math.abs(r)).toBeLessThan(1e-12));
		// AAᵀ = [[6, −1], [−1, 11]]; z = (AAᵀ)⁻¹b = [11·4 − 2, 4 − 6·2]/65 = [42, −8]/65; x = Aᵀz.
		const z = [42 / 65, -8 / 65];
		const expected = [z[0], z[1], 2 * z[0] + z[1], -z[0] + 3 * z[1]];
		x.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
	});

	it('is never longer than another exact solution', () => {
		fc.assert(
			fc.property(
				matrix(2, 5),
				fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 5, maxLength: 5 }),
				(A, other) => {
					const G = matmul(A, transpose(A));
					fc.pre(G[0][0] * G[1][1] - G[0][1] * G[1][0] > 1);
					const b = A.map((row) => row.reduce((s, a, j) => s + a * other[j], 0));
					const x = minNormSolve(A, b);
					residual(A, x, b).forEach((r) => expect(Math.abs(r)).toBeLessThan(1e-8));
					expect(Math.hypot(...x)).toBeLessThanOrEqual(Math.hypot(...other) + 1e-9);
				}
			)
		);
	});

	it('refuses a tall matrix and mismatched sizes', () => {
		expect(() => minNormSolve([[1], [2]], [1, 2])).toThrow(/m ≤ n/);
		expect(() => leastSquares([[1, 2]], [1, 2])).toThrow(/rows/);
	});
});
