/**
 * How much a head behaves like the heads of Olsson et al. (2022), read from its attention weights
 * on repeat sequences: an induction head at position i looks at the token after the previous
 * occurrence of token i, which in a prefix of L repeated is position i − L + 1; a previous-token
 * head looks at position i − 1.
 */

/**
 * Each head's mean weight on position i − offset over the rows i ≥ from, averaged over the
 * sequences: `weights` [batch, heads, T, T] as the attention listeners receive them.
 */
function diagonalScores(
	weights: Float64Array,
	heads: number,
	t: number,
	rows: (b: number) => { from: number; offset: number }
): number[] {
	const batch = weights.length / (heads * t * t);
	const scores = new Array<number>(heads).fill(0);
	for (let b = 0; b < batch; b++) {
		const { from, offset } = rows(b);
		for (let h = 0; h < heads; h++) {
			const base = (b * heads + h) * t * t;
			let sum = 0;
			for (let i = from; i < t; i++) sum += weights[base + i * t + i - offset];
			scores[h] += sum / (t - from) / batch;
		}
	}
	return scores;
}

/**
 * Per head, the mean attention on the induction diagonal (i → i − L + 1, for the rows i ≥ L where
 * the current token was seen before), given each sequence's prefix length L.
 */
export const inductionScores = (
	weights: Float64Array,
	heads: number,
	t: number,
	lengths: readonly number[]
) => diagonalScores(weights, heads, t, (b) => ({ from: lengths[b], offset: lengths[b] - 1 }));

/** Per head, the mean attention on the previous token (i → i − 1, for the rows i ≥ 1). */
export const previousTokenScores = (weights: Float64Array, heads: number, t: number) =>
	diagonalScores(weights, heads, t, () => ({ from: 1, offset: 1 }));
