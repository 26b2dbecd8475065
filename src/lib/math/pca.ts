/**
 * Principal component analysis of a small point cloud: the eigen-decomposition of the sample
 * covariance C = (1/(n − 1)) Σ (x − μ)(x − μ)ᵀ by the Jacobi method of linalg.symmetricEigen.
 * Components are unit eigenvectors in order of descending eigenvalue (variance along them),
 * each signed so its largest-magnitude entry is positive.
 *
 * Degenerate inputs: one point (n = 1) has no spread, so every eigenvalue is 0 and the
 * components are the coordinate axes; points on a line or a plane give zero eigenvalues for the
 * missing directions (clamped at 0 where rounding would make them slightly negative), with
 * components that still complete an orthonormal basis. No points, rows of different lengths, or
 * non-finite coordinates throw.
 */
import { meanAndCovariance } from './covariance';
import { identity, symmetricEigen } from './linalg';

export interface PCA {
	mean: number[];
	/** Variances along the components, descending, ≥ 0. */
	eigenvalues: number[];
	/** components[k] is the k-th principal direction, a unit vector. */
	components: number[][];
}

export function pca(points: number[][]): PCA {
	const { mean, covariance } = meanAndCovariance(points);
	const d = mean.length;
	if (points.length < 2)
		return { mean, eigenvalues: new Array<number>(d).fill(0), components: identity(d) };
	const { values, vectors } = symmetricEigen(covariance);
	return { mean, eigenvalues: values.map((v) => Math.max(0, v)), components: vectors };
}
