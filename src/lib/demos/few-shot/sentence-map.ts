/**
 * The sentence space seen in two dimensions: the principal components of the sentence vectors
 * (fitted once, so that the sentences stay put while the centroids move), and any vector placed
 * on them.
 */
import { pca } from '$lib/math/pca';

export interface SentenceMap {
	/**
	 * Coordinates of a vector on the first two components (centred on the sentences' mean). A
	 * vector placed again (a centroid on its trail at each step of k) gets the same pair back
	 * without computing it: vectors must not change once placed.
	 */
	place: (v: number[]) => [number, number];
	/** The share of the sentences' variance the two components keep. */
	share: number;
}

/** Undefined for fewer than three vectors (two leave one direction). */
export function sentenceMap(vectors: readonly number[][]): SentenceMap | undefined {
	if (vectors.length < 3) return undefined;
	const { mean, eigenvalues, components } = pca(vectors as number[][]);
	const total = eigenvalues.reduce((a, b) => a + b, 0);
	const along = (v: number[], k: number) =>
		v.reduce((s, x, d) => s + (x - mean[d]) * components[k][d], 0);
	const placed = new WeakMap<number[], [number, number]>();
	return {
		place: (v) => {
			let at = placed.get(v);
			if (!at) placed.set(v, (at = [along(v, 0), along(v, 1)]));
			return at;
		},
		share: total > 0 ? (eigenvalues[0] + eigenvalues[1]) / total : 0
	};
}
