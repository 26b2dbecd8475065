/**
 * The sample mean and covariance of a point cloud: C = (1/(n − 1)) Σ (x − μ)(x − μ)ᵀ, the
 * unbiased estimate (n − 1, Bessel's correction). One point has no spread: its covariance is 0.
 * No points, rows of different lengths, or non-finite coordinates throw.
 */
export function meanAndCovariance(points: number[][]): { mean: number[]; covariance: number[][] } {
	const n = points.length;
	if (n === 0) throw new Error('covariance: needs at least one point');
	const d = points[0].length;
	points.forEach((p, i) => {
		if (p.length !== d)
			throw new Error(`covariance: point ${i} has ${p.length} coordinates, point 0 has ${d}`);
		p.forEach((v, j) => {
			if (!Number.isFinite(v))
				throw new Error(`covariance: points[${i}][${j}] is ${v}, not a finite number`);
		});
	});
	const mean = new Array<number>(d).fill(0);
	for (const p of points) for (let j = 0; j < d; j++) mean[j] += p[j];
	for (let j = 0; j < d; j++) mean[j] /= n;
	const covariance = Array.from({ length: d }, () => new Array<number>(d).fill(0));
	if (n < 2) return { mean, covariance };
	for (const p of points) {
		for (let a = 0; a < d; a++) {
			const da = p[a] - mean[a];
			for (let b = a; b < d; b++) covariance[a][b] += (da * (p[b] - mean[b])) / (n - 1);
		}
	}
	for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) covariance[a][b] = covariance[b][a];
	return { mean, covariance };
}
