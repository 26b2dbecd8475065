import type { PCA } from '$lib/math/pca';
import type { Point } from './cloud';

/**
 * `count` points around the ellipse of Mahalanobis radius `sigmas` of a 2-D PCA fit:
 * μ + sigmas·(√λ₁·cos θ·v₁ + √λ₂·sin θ·v₂), the contour its covariance draws.
 */
export function ellipsePath(fit: PCA, sigmas: number, count: number): Point[] {
	const [a, b] = fit.eigenvalues.map((l) => sigmas * Math.sqrt(l));
	const [v1, v2] = fit.components;
	return Array.from({ length: count }, (_, i) => {
		const th = (2 * Math.PI * i) / count;
		const c = a * Math.cos(th);
		const s = b * Math.sin(th);
		return [fit.mean[0] + c * v1[0] + s * v2[0], fit.mean[1] + c * v1[1] + s * v2[1]];
	});
}
