/** The tiny GPT's tokens as the heatmap labels them. */

/** The first `context` ids: the model reads no more at once. */
export function fitContext(
	ids: readonly number[],
	context: number
): { ids: number[]; total: number; truncated: boolean } {
	return { ids: ids.slice(0, context), total: ids.length, truncated: ids.length > context };
}

/**
 * Head h's n rows of `width` numbers, from a [heads, n, width] row-major array: its weights
 * (width n, gptAttention's layout) or its queries, keys and values (width d_k).
 */
export function headRows(flat: Float64Array, head: number, n: number, width = n): number[][] {
	return Array.from({ length: n }, (_, i) =>
		Array.from(flat.subarray((head * n + i) * width, (head * n + i + 1) * width))
	);
}
