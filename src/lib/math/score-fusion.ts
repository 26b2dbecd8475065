/**
 * Hybrid retrieval: a lexical score (BM25) and a dense one (cosine) live on different scales, so
 * each is min–max normalised to [0, 1] over the candidates before they are mixed.
 */

/** (x − min) / (max − min) for each score; all zeros when the scores are all equal. */
export function minMaxNormalize(scores: ArrayLike<number>): Float64Array {
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < scores.length; i++) {
		lo = Math.min(lo, scores[i]);
		hi = Math.max(hi, scores[i]);
	}
	const span = hi - lo;
	return Float64Array.from(scores as ArrayLike<number>, (x) => (span > 0 ? (x - lo) / span : 0));
}

/** weight · norm(lexical) + (1 − weight) · norm(dense), candidate by candidate. */
export function hybridScores(
	lexical: ArrayLike<number>,
	dense: ArrayLike<number>,
	weight: number
): Float64Array {
	const a = minMaxNormalize(lexical);
	const b = minMaxNormalize(dense);
	return a.map((x, i) => weight * x + (1 - weight) * b[i]);
}
