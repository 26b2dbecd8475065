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
import { identity, symmetricEigen } from './linalg';

export interface PCA {
	mean: number[];
	/** Variances along the components, descending, ≥ 0. */
	eigenvalues: number[];
	/** components[k] is the k-th principal direction, a unit vector. */
	components: number[][];
}

export function pca(points: number[][]): PCA {
	const n = points.length;
	if (n === 0) throw new Error('pca: needs at least one point');
	const d = points[0].length;
	points.forEach((p, i) => {
		if (p.length !== d)
			throw new Error(`pca: point ${i} has ${p.length} coordinates, point 0 has ${d}`);
		p.forEach((v, j) => {
			if (!Number.isFinite(v))
				throw new Error(`pca: points[${i}][${j}] is ${v}, not a finite number`);
		});
	});
	const mean = new Array<number>(d).fill(0);
	for (const p of points) for (let j = 0; j < d; j++) mean[j] += p[j];
	for (let j = 0; j < d; j++) mean[j] /= n;
	if (n < 2) return { mean, eigenvalues: new Array<number>(d).fill(0), components: identity(d) };
	const cov = Array.from({ length: d }, () => new Array<number>(d).fill(0));
	for (const p of points) {
		for (let a = 0; a < d; a++) {
			const da = p[a] - mean[a];
			for (let b = a; b < d; b++) cov[a][b] += (da * (p[b] - mean[b])) / (n - 1);
		}
	}
	for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) cov[a][b] = cov[b][a];
	const { values, vectors } = symmetricEigen(cov);
	return { mean, eigenvalues: values.map((v) => Math.max(0, v)), components: vectors };
}
