import type { PCA } from '$lib/math/pca';
import { angleBetweenLines, powerIteration } from '$lib/math/power-iteration';

export interface PowerRow {
	k: number;
	vector: number[];
	/** bₖᵀ·C·bₖ, the estimate of λ₁. */
	rayleigh: number;
	/** The angle between bₖ and the first component, in degrees. */
	angle: number;
	/** What theory predicts for it: atan(tan θ₀ · (λ₂/λ₁)ᵏ), in degrees. */
	predicted: number;
}

const DEG = 180 / Math.PI;

/**
 * Power iteration on the covariance C from the unit vector at `startDegrees`, `steps` steps,
 * each step set beside the first component PCA found (by Jacobi rotations, a different method).
 */
export function powerRun(
	covariance: number[][],
	fit: PCA,
	startDegrees: number,
	steps: number
): PowerRow[] {
	const start = [Math.cos(startDegrees / DEG), Math.sin(startDegrees / DEG)];
	const v1 = fit.components[0];
	const [l1, l2] = fit.eigenvalues;
	const ratio = l1 > 0 ? l2 / l1 : 1;
	const tan0 = Math.tan(angleBetweenLines(start, v1));
	return powerIteration(covariance, start, steps).map((s, k) => ({
		k,
		vector: s.vector,
		rayleigh: s.rayleigh,
		angle: angleBetweenLines(s.vector, v1) * DEG,
		predicted: Math.atan(tan0 * ratio ** k) * DEG
	}));
}
