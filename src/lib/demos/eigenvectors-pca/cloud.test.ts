import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanAndCovariance } from '$lib/math/covariance';
import { LIMIT, nearestPoint, pointsFromList, pointsToList, sampleCloud } from './cloud';

describe('sampleCloud(spec)', () => {
	it('is the same for the same seed and different for another', () => {
		const spec = { shape: 'gaussian', n: 20, sx: 1, sy: 1, rho: 0, gap: 0, seed: 7 } as const;
		expect(sampleCloud(spec)).toEqual(sampleCloud(spec));
		expect(sampleCloud({ ...spec, seed: 8 })).not.toEqual(sampleCloud(spec));
	});

	it('has about the chosen covariance when n is large', () => {
		const points = sampleCloud({
			shape: 'gaussian',
			n: 20000,
			sx: 1.5,
			sy: 0.5,
			rho: -0.6,
			gap: 0,
			seed: 3
		});
		const { mean, covariance } = meanAndCovariance(points);
		expect(Math.abs(mean[0])).toBeLessThan(0.05);
		expect(covariance[0][0]).toBeCloseTo(2.25, 1);
		expect(covariance[1][1]).toBeCloseTo(0.25, 1);
		expect(covariance[0][1]).toBeCloseTo(-0.6 * 1.5 * 0.5, 1);
	});

	it('puts two clusters gap apart, half the points in each, all inside the plot', () => {
		const points = sampleCloud({
			shape: 'clusters',
			n: 4000,
			sx: 0.3,
			sy: 0.3,
			rho: 0,
			gap: 5,
			seed: 1
		});
		const first = meanAndCovariance(points.slice(0, 2000)).mean;
		const second = meanAndCovariance(points.slice(2000)).mean;
		expect(Math.hypot(second[0] - first[0], second[1] - first[1])).toBeCloseTo(5, 1);
		const wide = sampleCloud({
			shape: 'gaussian',
			n: 500,
			sx: 2.5,
			sy: 2.5,
			rho: 0,
			gap: 0,
			seed: 2
		});
		expect(wide.flat().every((v) => Math.abs(v) <= LIMIT)).toBe(true);
	});
});

describe('pointsFromList / pointsToList', () => {
	it('round-trip points rounded to 0.01, and drop half a point', () => {
		expect(pointsToList([[1.234, -4.678]])).toEqual([1.23, -4.68]);
		expect(pointsToList([[9, -9]])).toEqual([LIMIT, -LIMIT]);
		expect(pointsFromList([1, 2, 3])).toEqual({ points: [[1, 2]], droppedHalf: true });
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -100 * LIMIT, max: 100 * LIMIT }), { maxLength: 40 }),
				(ints) => {
					const list = ints.slice(0, ints.length - (ints.length % 2)).map((i) => i / 100);
					expect(pointsToList(pointsFromList(list).points)).toEqual(list);
				}
			)
		);
	});
});

describe('nearestPoint(points, at, radius)', () => {
	it('finds the closest point within the radius, else -1', () => {
		const points: [number, number][] = [
			[0, 0],
			[1, 0],
			[3, 3]
		];
		expect(nearestPoint(points, [0.8, 0.1], 0.5)).toBe(1);
		expect(nearestPoint(points, [2, 2], 0.5)).toBe(-1);
	});
});
