/**
 * How well a retriever finds what each query is looking for, from the rank (1 = first) at which
 * the first relevant result appears for each query, or null when it never does.
 */

/** The 1-based rank of the first item of `order` that is relevant, or null if none is. */
export function firstRelevantRank(
	order: readonly number[],
	relevant: (item: number) => boolean
): number | null {
	const i = order.findIndex(relevant);
	return i < 0 ? null : i + 1;
}

/**
 * Recall@k with one thing to find per query (the hit rate): the share of queries whose first
 * relevant result is among the top k.
 */
export function recallAtK(ranks: readonly (number | null)[], k: number): number {
	if (ranks.length === 0) return 0;
	return ranks.filter((r) => r !== null && r <= k).length / ranks.length;
}

/** Mean reciprocal rank: the mean of 1 / rank, a miss counting 0. */
export function meanReciprocalRank(ranks: readonly (number | null)[]): number {
	if (ranks.length === 0) return 0;
	return ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / ranks.length;
}
