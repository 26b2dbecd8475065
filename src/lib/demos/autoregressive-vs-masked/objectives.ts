/**
 * What each pretraining objective predicts on one sentence: GPT every next token under a causal
 * mask, BERT only the chosen positions (its 80-10-10 corruption is $lib/math/mlm-masking).
 */

/** GPT's targets: position i predicts token i + 1; the last position has none in this sentence. */
export function nextTokenTargets(tokens: readonly string[]): (string | null)[] {
	return tokens.map((_, i) => (i + 1 < tokens.length ? tokens[i + 1] : null));
}

/** BERT's targets: a chosen position predicts its own original token; the others predict nothing. */
export function maskedTargets(
	tokens: readonly string[],
	chosen: readonly number[]
): (string | null)[] {
	const set = new Set(chosen);
	return tokens.map((token, i) => (set.has(i) ? token : null));
}

/** Positions from a link or a click: whole, inside the sentence, unique, ascending. */
export function cleanPositions(positions: readonly number[], n: number): number[] {
	return [...new Set(positions.filter((p) => Number.isInteger(p) && p >= 0 && p < n))].sort(
		(a, b) => a - b
	);
}
