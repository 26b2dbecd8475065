import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanAndCovariance } from './covariance';

describe('meanAndCovariance(points)', () => {
	it('(0, 0), (2, 0), (0, 4), (2, 4): mean (1, 2), variances 4/3 and 16/3 (n − 1 = 3), no covariance', () => {
		const { mean, covariance } = meanAndCovariance([
			[0, 0],
			[2, 0],
			[0, 4],
			[2, 4]
		]);
		expect(mean).toEqual([1, 2]);
		expect(covariance[0][0]).toBeCloseTo(4 / 3, 14);
		expect(covariance[1][1]).toBeCloseTo(16 / 3, 14);
		expect(covariance[0][1]).toBe(0);
	});

	it('(−1, −1), (0, 0), (1, 2): covariance 1.5 between the axes, symmetric', () => {
		const { covariance } = meanAndCovariance([
			[-1, -1],
			[0, 0],
			[1, 2]
		]);
		expect(covariance[0][1]).toBeCloseTo(1.5, 14);
		expect(covariance[1][0]).toBe(covariance[0][1]);
	});

	it('one point has zero covariance; no points or bad rows throw', () => {
		expect(meanAndCovariance([[3, 4]])).toEqual({
			mean: [3, 4],
			covariance: [
				[0, 0],
				[0, 0]
			]
		});
		expect(() => meanAndCovariance([])).toThrow(/at least one point/);
		expect(() => meanAndCovariance([[1, 2], [3]])).toThrow(/point 1 has 1/);
		expect(() => meanAndCovariance([[Infinity, 2]])).toThrow(/not a finite number/);
	});

	it('is unchanged by a shift and scales by s² when the points are scaled by s', () => {
		const pt = fc.tuple(
			fc.double({ min: -10, max: 10, noNaN: true }),
			fc.double({ min: -10, max: 10, noNaN: true })
		);
		fc.assert(
			fc.property(
				fc.array(pt, { minLength: 2, maxLength: 20 }),
				fc.double({ min: -5, max: 5, noNaN: true }),
				fc.double({ min: -3, max: 3, noNaN: true }),
				(points, shift, s) => {
					const base = meanAndCovariance(points).covariance;
					const moved = meanAndCovariance(points.map(([x, y]) => [x + shift, y - shift]));
					const scaled = meanAndCovariance(points.map(([x, y]) => [s * x, s * y]));
					for (let a = 0; a < 2; a++) {
						for (let b = 0; b < 2; b++) {
							expect(moved.covariance[a][b]).toBeCloseTo(base[a][b], 8);
							expect(scaled.covariance[a][b]).toBeCloseTo(s * s * base[a][b], 8);
						}
					}
				}
			)
		);
	});
});
