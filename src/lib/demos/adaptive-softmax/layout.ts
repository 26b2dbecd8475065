/** The page's cutoffs fitted to a vocabulary, and the scales the cost model is run at. */

/** Head size and the end of the first tail, clamped so that head < tail ≤ V (no tail when V ≤ 1). */
export function fitCutoffs(head: number, tail: number, vocab: number): number[] {
	const h = Math.max(1, Math.min(head, vocab - 1));
	const t = Math.min(tail, vocab);
	return t > h && t < vocab ? [h, t] : [h];
}

/** Vocabulary sizes for the "larger scales" table. */
export const SCALES = [10_000, 100_000, 1_000_000] as const;

/** The cutoffs at the same shares of a vocabulary of `vocab` words as `cutoffs` of `from`. */
export function scaledCutoffs(cutoffs: readonly number[], from: number, vocab: number): number[] {
	return cutoffs.map((c) => Math.max(1, Math.round((c / from) * vocab)));
}
