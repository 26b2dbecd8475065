import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pca } from './pca';
import { createRng, randomNormal } from './rng';

const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);

/** n points in d dimensions from a seeded Gaussian with per-axis scales, then rotated by a mix. */
function cloud(n: number, d: number, seed: number): number[][] {
	const rng = createRng(seed);
	const mix = Array.from({ length: d }, () => Array.from({ length: d }, () => randomNormal(rng)));
	return Array.from({ length: n }, () => {
		const z = Array.from({ length: d }, (_, j) => randomNormal(rng) * (j + 1));
		return mix.map((row) => dot(row, z) + 3);
	});
}

describe('pca(points)', () => {
	it('finds variance 2 along (1, 1)/√2 and 0 across it for points on the diagonal', () => {
		const { mean, eigenvalues, components } = pca([
			[-1, -1],
			[0, 0],
			[1, 1]
		]);
		expect(mean).toEqual([0, 0]);
		expect(eigenvalues[0]).toBeCloseTo(2, 14);
		expect(eigenvalues[1]).toBe(0);
		expect(components[0][0]).toBeCloseTo(Math.SQRT1_2, 14);
		expect(components[0][1]).toBeCloseTo(Math.SQRT1_2, 14);
		expect(Math.abs(dot(components[0], components[1]))).toBeLessThan(1e-14);
	});

	it('divides by n − 1: the points (0, 0), (2, 0), (0, 4), (2, 4) have variances 16/3 and 4/3', () => {
		const { mean, eigenvalues, components } = pca([
			[0, 0],
			[2, 0],
			[0, 4],
			[2, 4]
		]);
		expect(mean).toEqual([1, 2]);
		expect(eigenvalues[0]).toBeCloseTo(16 / 3, 14);
		expect(eigenvalues[1]).toBeCloseTo(4 / 3, 14);
		expect(components[0].map(Math.abs)).toEqual([0, 1]);
	});

	it('one point: its coordinates as the mean, zero variances, the axes as components', () => {
		expect(pca([[4, 5, 6]])).toEqual({
			mean: [4, 5, 6],
			eigenvalues: [0, 0, 0],
			components: [
				[1, 0, 0],
				[0, 1, 0],
				[0, 0, 1]
			]
		});
	});

	it('identical points give zero variances and still an orthonormal basis', () => {
		const { eigenvalues, components } = pca([
			[1, 2],
			[1, 2],
			[1, 2]
		]);
		expect(eigenvalues).toEqual([0, 0]);
		expect(dot(components[0], components[0])).toBeCloseTo(1, 15);
		expect(dot(components[0], components[1])).toBeCloseTo(0, 15);
	});

	it('throws on no points, ragged rows and non-finite coordinates', () => {
		expect(() => pca([])).toThrow(/at least one point/);
		expect(() => pca([[1, 2], [3]])).toThrow(/point 1 has 1 coordinates/);
		expect(() => pca([[1, NaN]])).toThrow(/not a finite number/);
	});

	it('orthonormal components, descending non-negative eigenvalues that sum to the total variance, exact reconstruction', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 30 }),
				fc.integer({ min: 1, max: 5 }),
				fc.integer(),
				(n, d, seed) => {
					const points = cloud(n, d, seed);
					const { mean, eigenvalues, components } = pca(points);
					let orthonormalError = 0;
					for (let a = 0; a < d; a++) {
						for (let b = 0; b < d; b++) {
							orthonormalError = Math.max(
								orthonormalError,
								Math.abs(dot(components[a], components[b]) - (a === b ? 1 : 0))
							);
						}
					}
					expect(orthonormalError).toBeLessThan(1e-12);
					expect(eigenvalues.every((v, a) => v >= 0 && (a === 0 || v <= eigenvalues[a - 1]))).toBe(
						true
					);
					let total = 0;
					for (const p of points)
						for (let j = 0; j < d; j++) total += (p[j] - mean[j]) ** 2 / (n - 1);
					const sum = eigenvalues.reduce((s, v) => s + v, 0);
					expect(Math.abs(sum - total)).toBeLessThan(1e-9 * Math.max(1, total));
					// Every point is the mean plus its coordinates along all components.
					let reconstructionError = 0;
					for (const p of points) {
						const centred = p.map((v, j) => v - mean[j]);
						const back = mean.map(
							(m, j) => m + components.reduce((s, c) => s + dot(centred, c) * c[j], 0)
						);
						back.forEach(
							(v, j) => (reconstructionError = Math.max(reconstructionError, Math.abs(v - p[j])))
						);
					}
					expect(reconstructionError).toBeLessThan(1e-9);
				}
			),
			{ seed: 28, numRuns: 40 }
		);
	});

	it('the top eigenvalue is the largest variance of any projection (Rayleigh bound)', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
				(seed, u) => {
					const norm = Math.hypot(...u);
					fc.pre(norm > 1e-3);
					const points = cloud(20, 3, seed);
					const { mean, eigenvalues } = pca(points);
					const variance =
						points.reduce(
							(s, p) =>
								s +
								dot(
									p.map((v, j) => v - mean[j]),
									u
								) **
									2,
							0
						) /
						19 /
						norm ** 2;
					expect(variance).toBeLessThanOrEqual(eigenvalues[0] * (1 + 1e-12));
					expect(variance).toBeGreaterThanOrEqual(eigenvalues[2] * (1 - 1e-12) - 1e-12);
				}
			),
			{ seed: 8, numRuns: 40 }
		);
	});
});
