import { area, line } from 'd3';
import type { Scale } from './scales';

export type Point = readonly [number, number];

/** Whether a value can be placed on a scale: finite, and above zero on a log scale. */
export function plottable(scale: Scale, value: number): boolean {
	return Number.isFinite(value) && (!('base' in scale) || value > 0);
}

/** An SVG path through the points; gaps where a point cannot be placed. */
export function linePath(points: readonly Point[], x: Scale, y: Scale): string {
	return (
		line<Point>()
			.defined(([a, b]) => plottable(x, a) && plottable(y, b))
			.x(([a]) => x(a))
			.y(([, b]) => y(b))(points) ?? ''
	);
}

/** A band between two curves: each entry is [x, lower y, upper y]. */
export function areaPath(
	points: readonly (readonly [number, number, number])[],
	x: Scale,
	y: Scale
): string {
	return (
		area<readonly [number, number, number]>()
			.defined(([a, lo, hi]) => plottable(x, a) && plottable(y, lo) && plottable(y, hi))
			.x(([a]) => x(a))
			.y0(([, lo]) => y(lo))
			.y1(([, , hi]) => y(hi))(points) ?? ''
	);
}

/** Points in px, without those that cannot be placed. */
export function pointPositions(
	points: readonly Point[],
	x: Scale,
	y: Scale
): { cx: number; cy: number; index: number }[] {
	const out: { cx: number; cy: number; index: number }[] = [];
	points.forEach(([a, b], index) => {
		if (plottable(x, a) && plottable(y, b)) out.push({ cx: x(a), cy: y(b), index });
	});
	return out;
}

/** A bar from x0 to x1 and from y0 (default 0, or the scale's low end on a log scale) to y. */
export type Bar = { x0: number; x1: number; y: number; y0?: number };

export type Rect = { x: number; y: number; width: number; height: number; index: number };

/** Bars as rectangles with positive sizes, whichever way their ends run. */
export function barRects(bars: readonly Bar[], x: Scale, y: Scale): Rect[] {
	const floor = 'base' in y ? Math.min(...y.domain()) : 0;
	const out: Rect[] = [];
	bars.forEach((bar, index) => {
		const y0 = bar.y0 ?? floor;
		if (![bar.x0, bar.x1].every((v) => plottable(x, v))) return;
		if (![y0, bar.y].every((v) => plottable(y, v))) return;
		const [xa, xb, ya, yb] = [x(bar.x0), x(bar.x1), y(y0), y(bar.y)];
		out.push({
			x: Math.min(xa, xb),
			y: Math.min(ya, yb),
			width: Math.abs(xb - xa),
			height: Math.abs(yb - ya),
			index
		});
	});
	return out;
}
