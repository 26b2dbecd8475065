/**
 * The maps' coordinates. Each map is the words on the first two principal components of their
 * vectors, centred and scaled to a root-mean-square radius of 1, so both maps share one axis range.
 * The skip-gram's map is turned (or mirrored, never stretched) to best match the PPMI map
 * (orthogonal Procrustes): principal components have no preferred sign or order, and without
 * this the picture would flip and spin from one frame to the next while training.
 */
import { pca } from '$lib/math/pca';
import { applyAlignment, procrustes2d, type Point2 } from '$lib/math/procrustes';

/** Centred, scaled to root-mean-square radius 1 (all-equal points stay at the origin). */
export function normalisePlane(points: readonly Point2[]): [number, number][] {
	const n = Math.max(1, points.length);
	const mx = points.reduce((s, p) => s + p[0], 0) / n;
	const my = points.reduce((s, p) => s + p[1], 0) / n;
	const rms = Math.sqrt(points.reduce((s, [x, y]) => s + (x - mx) ** 2 + (y - my) ** 2, 0) / n);
	const scale = rms > 0 ? 1 / rms : 0;
	return points.map(([x, y]) => [(x - mx) * scale, (y - my) * scale]);
}

/** Rows (one vector per word) on their first two principal components, normalised. */
export function principalPlane(rows: readonly number[][]): [number, number][] {
	const { mean, components } = pca(rows as number[][]);
	const along = (row: readonly number[], k: number) =>
		components[k] ? row.reduce((s, v, d) => s + (v - mean[d]) * components[k][d], 0) : 0;
	return normalisePlane(rows.map((row) => [along(row, 0), along(row, 1)]));
}

/** A flat vocab × 2 plane, normalised and turned to match `target` (already normalised). */
export function alignedPlane(
	plane: ArrayLike<number>,
	target: readonly Point2[]
): [number, number][] {
	const points = normalisePlane(
		Array.from({ length: target.length }, (_, i): Point2 => [plane[2 * i], plane[2 * i + 1]])
	);
	return applyAlignment(procrustes2d(points, target), points);
}
