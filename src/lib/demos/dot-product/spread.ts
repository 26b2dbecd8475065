/**
 * Why attention divides by √d_k: for query and key vectors with independent unit-variance entries,
 * q·k has variance d_k, so raw scores spread like √d_k and softmax over them saturates.
 */
import { createRng, randomNormal } from '$lib/math/rng';
import { softmax } from '$lib/math/softmax';

export const MAX_DK = 512;

/**
 * Seeded query and key vectors with independent N(0, 1) entries, MAX_DK long. A view at d_k uses
 * each vector's first d_k entries, so raising d_k adds dimensions to the same vectors and the
 * picture changes smoothly instead of being redrawn from new samples.
 */
export type VectorPool = { queries: Float64Array[]; keys: Float64Array[] };

export function vectorPool(seed: number, queries: number, keys: number, dims = MAX_DK): VectorPool {
	const rng = createRng(seed);
	const draw = () => Float64Array.from({ length: dims }, () => randomNormal(rng));
	return {
		queries: Array.from({ length: queries }, draw),
		keys: Array.from({ length: keys }, draw)
	};
}

/** scores[i][j] = q_i · k_j over the first dk entries (unscaled). */
export function poolScores(pool: VectorPool, dk: number): number[][] {
	return pool.queries.map((q) =>
		pool.keys.map((k) => {
			let s = 0;
			for (let c = 0; c < dk; c++) s += q[c] * k[c];
			return s;
		})
	);
}

/** Mean over rows of the largest softmax weight of (row × factor). */
export function meanMaxWeight(scores: number[][], factor = 1): number {
	if (scores.length === 0) return 0;
	let total = 0;
	for (const row of scores) total += Math.max(...softmax(row.map((s) => s * factor)));
	return total / scores.length;
}

export type SaturationPoint = { dk: number; unscaled: number; scaled: number };

/**
 * The mean largest softmax weight of each query over the pool's keys, with and without dividing
 * by √d_k, at each d_k in `dks` (ascending, each ≤ the pool's length). One pass of running sums
 * serves every d_k.
 */
export function saturationCurve(pool: VectorPool, dks: readonly number[]): SaturationPoint[] {
	const nq = pool.queries.length;
	const sums = pool.queries.map(() => new Float64Array(pool.keys.length));
	const points: SaturationPoint[] = [];
	let c = 0;
	for (const dk of dks) {
		for (; c < dk; c++) {
			for (let i = 0; i < nq; i++) {
				const q = pool.queries[i][c];
				const row = sums[i];
				for (let j = 0; j < row.length; j++) row[j] += q * pool.keys[j][c];
			}
		}
		const rows = sums.map((row) => Array.from(row));
		points.push({
			dk,
			unscaled: meanMaxWeight(rows),
			scaled: meanMaxWeight(rows, 1 / Math.sqrt(dk))
		});
	}
	return points;
}
