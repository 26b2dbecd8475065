import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pca } from '$lib/math/pca';
import type { Point } from './cloud';
import { projectOntoLine } from './projection';

const pt = fc.tuple(
	fc.double({ min: -6, max: 6, noNaN: true }),
	fc.double({ min: -6, max: 6, noNaN: true })
) as fc.Arbitrary<Point>;

describe('projectOntoLine(points, mean, u)', () => {
	it('projects (0, 2) and (2, 0) onto the x axis through (1, 1): error (1 + 1)/1, kept (1 + 1)/1', () => {
		const { projected, error, kept } = projectOntoLine(
			[
				[0, 2],
				[2, 0]
			],
			[1, 1],
			[1, 0]
		);
		expect(projected).toEqual([
			[0, 1],
			[2, 1]
		]);
		expect(error).toBe(2);
		expect(kept).toBe(2);
	});

	it('onto the first component: error = λ₂ and kept = λ₁, the least error of any direction', () => {
		fc.assert(
			fc.property(
				fc.array(pt, { minLength: 2, maxLength: 30 }),
				fc.double({ min: 0, max: Math.PI, noNaN: true }),
				(points, angle) => {
					const { mean, eigenvalues, components } = pca(points);
					const m = mean as Point;
					const first = projectOntoLine(points, m, components[0] as Point);
					expect(first.error).toBeCloseTo(eigenvalues[1], 8);
					expect(first.kept).toBeCloseTo(eigenvalues[0], 8);
					const other = projectOntoLine(points, m, [Math.cos(angle), Math.sin(angle)]);
					expect(other.error).toBeGreaterThanOrEqual(first.error - 1e-9);
					// What is kept and what is lost always add up to the total variance.
					expect(other.error + other.kept).toBeCloseTo(eigenvalues[0] + eigenvalues[1], 8);
				}
			)
		);
	});
});
