/**
 * The demo's 2-D point clouds: seeded samples with a chosen covariance (one Gaussian, or two
 * clusters), and hand-placed points kept in the URL as a flat list x₁,y₁,x₂,y₂,….
 */
import { createRng, randomNormal } from '$lib/math/rng';

export type Point = [number, number];

/** Every coordinate lies in [−LIMIT, LIMIT]: the plot's extent. */
export const LIMIT = 5;
/** Hand-placed points at most (the URL's list holds twice as many numbers). */
export const MAX_POINTS = 200;

export type Shape = 'gaussian' | 'clusters';

export interface SampleSpec {
	shape: Shape;
	n: number;
	/** Standard deviations along x and y, and their correlation ρ (of each cluster). */
	sx: number;
	sy: number;
	rho: number;
	/** Distance between the two clusters' centres. */
	gap: number;
	seed: number;
}

/** The clusters sit on this line through the origin: not an axis, so PCA has something to find. */
const CLUSTER_AXIS: Point = [2 / Math.sqrt(5), 1 / Math.sqrt(5)];

const clampToPlot = (v: number) => Math.max(-LIMIT, Math.min(LIMIT, v));

/**
 * n points from N(centre, Σ) with Σ = [[sx², ρ·sx·sy], [ρ·sx·sy, sy²]], drawn as
 * x = sx·z₁, y = sy·(ρ·z₁ + √(1 − ρ²)·z₂) (the Cholesky factor of Σ times standard normals).
 * Two clusters: the first half around −gap/2 and the second around +gap/2 along CLUSTER_AXIS.
 * Points beyond the plot are pulled to its edge.
 */
export function sampleCloud(spec: SampleSpec): Point[] {
	const rng = createRng(spec.seed);
	const across = Math.sqrt(Math.max(0, 1 - spec.rho * spec.rho));
	return Array.from({ length: spec.n }, (_, i) => {
		const side = spec.shape === 'clusters' ? (i < spec.n / 2 ? -0.5 : 0.5) : 0;
		const z1 = randomNormal(rng);
		const z2 = randomNormal(rng);
		return [
			clampToPlot(side * spec.gap * CLUSTER_AXIS[0] + spec.sx * z1),
			clampToPlot(side * spec.gap * CLUSTER_AXIS[1] + spec.sy * (spec.rho * z1 + across * z2))
		];
	});
}

/** Points from the URL's flat list; an odd last number (half a point) is dropped. */
export function pointsFromList(list: readonly number[]): { points: Point[]; droppedHalf: boolean } {
	const points: Point[] = [];
	for (let i = 0; i + 1 < list.length; i += 2) points.push([list[i], list[i + 1]]);
	return { points, droppedHalf: list.length % 2 === 1 };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The flat list for the URL, each coordinate clamped to the plot and rounded to 0.01. */
export function pointsToList(points: readonly Point[]): number[] {
	return points
		.slice(0, MAX_POINTS)
		.flatMap(([x, y]) => [round2(clampToPlot(x)), round2(clampToPlot(y))]);
}

/** The index of the point nearest to `at` within `radius`, or -1. */
export function nearestPoint(points: readonly Point[], at: Point, radius: number): number {
	let best = -1;
	let bestD = radius * radius;
	points.forEach(([x, y], i) => {
		const d = (x - at[0]) ** 2 + (y - at[1]) ** 2;
		if (d <= bestD) {
			best = i;
			bestD = d;
		}
	});
	return best;
}
