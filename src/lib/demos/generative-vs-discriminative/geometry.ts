/** What the plane draws, in data units: a boundary clipped to the plot, and density contours. */
import { contours } from 'd3';
import {
	logGaussianDensity,
	type ClassGaussian,
	type Point2
} from '$lib/math/gaussian-discriminant';
import type { Line } from './classifiers';

/**
 * The segment of w·x + b = 0 inside the square [−limit, limit]², or undefined when the line
 * misses it (or w = 0).
 */
export function clipLine({ w, b }: Line, limit: number): [Point2, Point2] | undefined {
	const hits: Point2[] = [];
	const push = (p: Point2) => {
		if (Math.abs(p[0]) <= limit + 1e-9 && Math.abs(p[1]) <= limit + 1e-9) {
			if (!hits.some((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) < 1e-9)) hits.push(p);
		}
	};
	if (w[1] !== 0) for (const x of [-limit, limit]) push([x, -(w[0] * x + b) / w[1]]);
	if (w[0] !== 0) for (const y of [-limit, limit]) push([-(w[1] * y + b) / w[0], y]);
	return hits.length >= 2 ? [hits[0], hits[1]] : undefined;
}

/** Contour levels: the density at Mahalanobis distance r from the mean (1σ, 2σ ellipses). */
export const CONTOUR_RADII = [1, 2];
const CELLS = 44;

/**
 * The contours of a class density p(x | y) at CONTOUR_RADII, traced by d3-contour on a CELLS²
 * grid of log-densities over the square [−limit, limit]²: for each radius, rings of points in data
 * units.
 */
export function densityRings(
	g: ClassGaussian,
	limit: number
): { radius: number; rings: Point2[][] }[] {
	const step = (2 * limit) / CELLS;
	const values = new Float64Array(CELLS * CELLS);
	for (let j = 0; j < CELLS; j++)
		for (let i = 0; i < CELLS; i++)
			values[j * CELLS + i] = logGaussianDensity(
				g,
				-limit + (i + 0.5) * step,
				-limit + (j + 0.5) * step
			);
	const peak = logGaussianDensity(g, g.mean[0], g.mean[1]);
	const shapes = contours()
		.size([CELLS, CELLS])
		.thresholds(CONTOUR_RADII.map((r) => peak - (r * r) / 2))(Array.from(values));
	// d3 places value (i, j) at the centre of cell (i, j): grid coordinate u maps to −limit + u·step.
	return shapes
		.map((shape) => ({
			radius: Math.sqrt(2 * (peak - shape.value)),
			rings: shape.coordinates.flatMap((polygon) =>
				polygon.map((ring) => ring.map(([u, v]): Point2 => [-limit + u * step, -limit + v * step]))
			)
		}))
		.sort((a, b) => a.radius - b.radius);
}
