import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanAndCovariance } from '$lib/math/covariance';
import { pca } from '$lib/math/pca';
import { ellipsePath } from './ellipse';

describe('ellipsePath(fit, sigmas, count)', () => {
	it('is a circle of radius 2 for a fit with variances 4 and 4', () => {
		const fit = {
			mean: [1, -1],
			eigenvalues: [4, 4],
			components: [
				[1, 0],
				[0, 1]
			]
		};
		for (const [x, y] of ellipsePath(fit, 1, 12))
			expect(Math.hypot(x - 1, y + 1)).toBeCloseTo(2, 14);
	});

	it('lies at Mahalanobis distance `sigmas` from the mean of the cloud it was fitted to', () => {
		const pt = fc.tuple(
			fc.double({ min: -5, max: 5, noNaN: true }),
			fc.double({ min: -5, max: 5, noNaN: true })
		);
		fc.assert(
			fc.property(
				fc.array(pt, { minLength: 3, maxLength: 20 }),
				fc.integer({ min: 1, max: 3 }),
				(points, s) => {
					const fit = pca(points);
					fc.pre(fit.eigenvalues[1] > 1e-3 * fit.eigenvalues[0] && fit.eigenvalues[1] > 1e-6);
					const [[a, b], [, d]] = meanAndCovariance(points).covariance;
					const det = a * d - b * b;
					for (const [x, y] of ellipsePath(fit, s, 8)) {
						const [dx, dy] = [x - fit.mean[0], y - fit.mean[1]];
						// (x − μ)ᵀ C⁻¹ (x − μ) with C⁻¹ = [[d, −b], [−b, a]] / det.
						const m = (d * dx * dx - 2 * b * dx * dy + a * dy * dy) / det;
						expect(Math.sqrt(m)).toBeCloseTo(s, 5);
					}
				}
			)
		);
	});
});
