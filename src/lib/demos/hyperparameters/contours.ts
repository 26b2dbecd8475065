/**
 * Contour lines of a 2-D loss surface, computed once per surface (never per drag): the loss above
 * its minimum on an n × n grid, on a log scale so that both the steep walls and the flat floor
 * get lines, traced by d3-contour and moved into data coordinates.
 */
import { contours } from 'd3';
import type { Surface, Vec2 } from '$lib/math/loss-surfaces';

export const GRID = 90;
export const LEVELS = 14;

/** One contour: its level (log₁₀ of the loss above the minimum) and its rings in data units. */
export type Contour = { level: number; rings: Vec2[][] };

export function surfaceContours(surface: Surface, n = GRID, levels = LEVELS): Contour[] {
	const [x0, x1] = surface.x;
	const [y0, y1] = surface.y;
	const floor = surface.value(surface.minimum);
	const values = new Float64Array(n * n);
	for (let j = 0; j < n; j++) {
		for (let i = 0; i < n; i++) {
			const p: Vec2 = [x0 + ((x1 - x0) * (i + 0.5)) / n, y0 + ((y1 - y0) * (j + 0.5)) / n];
			values[j * n + i] = Math.log10(Math.max(1e-6, surface.value(p) - floor) + 1e-3);
		}
	}
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of values) {
		lo = Math.min(lo, v);
		hi = Math.max(hi, v);
	}
	const thresholds = Array.from(
		{ length: levels },
		(_, k) => lo + ((hi - lo) * (k + 0.5)) / levels
	);
	// Grid coordinates run 0…n over the cells; cell i's centre is at i + 0.5.
	const toData = ([gx, gy]: number[]): Vec2 => [
		x0 + ((x1 - x0) * gx) / n,
		y0 + ((y1 - y0) * gy) / n
	];
	return contours()
		.size([n, n])
		.thresholds(thresholds)(Array.from(values))
		.map((c) => ({
			level: c.value,
			rings: c.coordinates.flatMap((polygon) => polygon.map((ring) => ring.map(toData)))
		}));
}
