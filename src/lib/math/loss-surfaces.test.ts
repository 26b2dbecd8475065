import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	logisticData,
	logisticSurface,
	QUADRATIC,
	quadraticSurface,
	rosenbrock,
	saddle,
	surfaceOf,
	SURFACE_NAMES,
	type Vec2
} from './loss-surfaces';

const central = (f: (p: Vec2) => number, [x, y]: Vec2, h = 1e-6): Vec2 => [
	(f([x + h, y]) - f([x - h, y])) / (2 * h),
	(f([x, y + h]) - f([x, y - h])) / (2 * h)
];

describe('loss surfaces', () => {
	it.each(SURFACE_NAMES)('%s: the gradient equals central differences', (name) => {
		const surface = surfaceOf(name, 3);
		fc.assert(
			fc.property(
				fc.double({ min: -2, max: 2, noNaN: true }),
				fc.double({ min: -1, max: 3, noNaN: true }),
				(x, y) => {
					const g = surface.gradient([x, y]);
					const d = central(surface.value, [x, y]);
					const scale = 1 + Math.abs(g[0]) + Math.abs(g[1]);
					return Math.abs(g[0] - d[0]) / scale < 1e-5 && Math.abs(g[1] - d[1]) / scale < 1e-5;
				}
			),
			{ seed: 1, numRuns: 100 }
		);
	});

	it('the quadratic has the eigenvalues it was built with, its Hessian from linalg', () => {
		expect(QUADRATIC.eigen.values[0]).toBeCloseTo(5, 12);
		expect(QUADRATIC.eigen.values[1]).toBeCloseTo(0.5, 12);
		// The top eigenvector points along the 30° turned second axis: (−sin 30°, cos 30°) up to sign.
		const [vx, vy] = [QUADRATIC.eigen.vectors[0][0], QUADRATIC.eigen.vectors[1][0]];
		expect(Math.abs(vx)).toBeCloseTo(0.5, 10);
		expect(Math.abs(vy)).toBeCloseTo(Math.sqrt(3) / 2, 10);
		// f = ½λ|p|² along an eigenvector.
		const { surface } = quadraticSurface(2, 8, 0);
		expect(surface.value([1, 0])).toBe(1);
		expect(surface.value([0, 1])).toBe(4);
	});

	it('Rosenbrock is 0 with zero gradient at (1, 1) and 1 at the origin', () => {
		expect(rosenbrock.value([1, 1])).toBe(0);
		expect(rosenbrock.gradient([1, 1])).toEqual([-0, 0]);
		expect(rosenbrock.value([0, 0])).toBe(1);
		expect(rosenbrock.gradient([0, 0])).toEqual([-2, 0]);
	});

	it('the saddle is flat at the origin and lowest (−¼) at (0, ±1)', () => {
		expect(Math.hypot(...saddle.gradient([0, 0]))).toBe(0);
		expect(saddle.value([0, 1])).toBe(-0.25);
		expect(Math.hypot(...saddle.gradient([0, -1]))).toBe(0);
		// Curving up along x and down along y at the origin.
		expect(saddle.value([0.1, 0])).toBeGreaterThan(0);
		expect(saddle.value([0, 0.1])).toBeLessThan(0);
	});

	it('the logistic loss is log 2 at w = 0 and its minimum has zero gradient', () => {
		const data = logisticData(5);
		expect(data.xs).toHaveLength(60);
		expect(logisticData(5)).toEqual(data);
		const surface = logisticSurface(data);
		expect(surface.value([0, 0])).toBeCloseTo(Math.LN2, 12);
		const g = surface.gradient(surface.minimum);
		expect(Math.hypot(...g)).toBeLessThan(1e-8);
		expect(surface.value(surface.minimum)).toBeLessThan(Math.LN2);
	});
});
