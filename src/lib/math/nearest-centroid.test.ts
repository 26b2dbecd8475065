import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centroid, classCentroids, nearestCentroid } from './nearest-centroid';

describe('nearest-centroid', () => {
	it('classifies a hand-checked example', () => {
		// Class 0 around the x axis, class 1 around the y axis.
		const vectors = [
			[2, 0],
			[4, 2],
			[0, 3],
			[1, 5]
		];
		const centroids = classCentroids(vectors, [0, 0, 1, 1], 2);
		expect(centroids).toEqual([
			[3, 1],
			[0.5, 4]
		]);
		// (3, 2): cos with (3, 1) = 11 / (√13 √10) ≈ 0.965; with (0.5, 4) = 9.5 / (√13 √16.25) ≈ 0.654.
		expect(nearestCentroid([3, 2], centroids)).toBe(0);
		// (1, 1): cos with (3, 1) = 4 / (√2 √10) ≈ 0.894; with (0.5, 4) = 4.5 / (√2 √16.25) ≈ 0.789.
		expect(nearestCentroid([1, 1], centroids)).toBe(0);
		// (1, 2): 5 / (√5 √10) ≈ 0.707 against 8.5 / (√5 √16.25) ≈ 0.943.
		expect(nearestCentroid([1, 2], centroids)).toBe(1);
	});

	it('skips a class with no example, and answers −1 with no centroid at all', () => {
		const centroids = classCentroids([[1, 0]], [1], 3);
		expect(centroids[0]).toBeUndefined();
		expect(centroids[2]).toBeUndefined();
		expect(nearestCentroid([-1, 0], centroids)).toBe(1);
		expect(nearestCentroid([1, 0], [undefined])).toBe(-1);
		expect(centroid([])).toBeUndefined();
	});

	it('puts the centroid where the squared distances sum least (the mean)', () => {
		const point = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), {
			minLength: 2,
			maxLength: 2
		});
		fc.assert(
			fc.property(fc.array(point, { minLength: 1, maxLength: 8 }), point, (points, other) => {
				const c = centroid(points)!;
				const cost = (q: number[]) =>
					points.reduce((s, p) => s + (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2, 0);
				expect(cost(c)).toBeLessThanOrEqual(cost(other) + 1e-9);
			})
		);
	});

	it('classifies each centroid as its own class when the centroids point apart', () => {
		const centroids = [
			[1, 0, 0],
			[0, 1, 0],
			[0, 0, 1]
		];
		centroids.forEach((c, i) => expect(nearestCentroid(c, centroids)).toBe(i));
	});
});
