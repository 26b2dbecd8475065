/** The plane's points as the URL keeps them: each class a flat list x₁, y₁, x₂, y₂, …. */
import type { Point2 } from '$lib/math/gaussian-discriminant';
import { LIMIT } from './datasets';

export const pairsOf = (flat: readonly number[]): Point2[] =>
	Array.from({ length: Math.floor(flat.length / 2) }, (_, i) => [flat[2 * i], flat[2 * i + 1]]);

export const flatten = (points: readonly Point2[]): number[] => points.flat();

/** Where a dragged or nudged point lands: inside the plane, on a 0.05 grid. */
export const snap = (v: number): number =>
	Number((Math.round(Math.min(LIMIT, Math.max(-LIMIT, v)) * 20) / 20).toFixed(2));

/** The classes with point k of the concatenation (class 0's points, then class 1's) moved to p. */
export function movePoint(
	classes: readonly (readonly Point2[])[],
	k: number,
	p: Point2
): Point2[][] {
	const first = classes[0].length;
	return classes.map((pts, c) =>
		pts.map((q, i): Point2 => (c * first + i === k ? [snap(p[0]), snap(p[1])] : [q[0], q[1]]))
	);
}
