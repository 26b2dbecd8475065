/**
 * Keeping one dimension: each point x is replaced by its projection onto the line through the
 * mean μ along a unit vector u, x̂ = μ + ((x − μ)·u)·u. What is lost is the residual x − x̂.
 * With u the first principal component, Σ‖x − x̂‖² / (n − 1) equals λ₂ (in 2-D): the variance
 * PCA leaves out is exactly the reconstruction error.
 */
import type { Point } from './cloud';

export interface Projection {
	/** x̂ for each point. */
	projected: Point[];
	/** Σ‖x − x̂‖² / (n − 1): the mean squared reconstruction error, on PCA's n − 1 footing. */
	error: number;
	/** Σ((x − μ)·u)² / (n − 1): the variance the kept dimension carries. */
	kept: number;
}

export function projectOntoLine(points: readonly Point[], mean: Point, u: Point): Projection {
	let lost = 0;
	let kept = 0;
	const projected = points.map(([x, y]): Point => {
		const t = (x - mean[0]) * u[0] + (y - mean[1]) * u[1];
		const px = mean[0] + t * u[0];
		const py = mean[1] + t * u[1];
		lost += (x - px) ** 2 + (y - py) ** 2;
		kept += t * t;
		return [px, py];
	});
	const dof = Math.max(1, points.length - 1);
	return { projected, error: lost / dof, kept: kept / dof };
}
