/** The tiny GPT's tokens as the heatmap labels them. */

/** The first `context` ids: the model reads no more at once. */
export function fitContext(
	ids: readonly number[],
	context: number
): { ids: number[]; total: number; truncated: boolean } {
	return { ids: ids.slice(0, context), total: ids.length, truncated: ids.length > context };
}

/** Layer ℓ's head h as an n × n matrix, from gptAttention's [heads, T, T] row-major array. */
export function headWeights(layer: Float64Array, head: number, n: number): number[][] {
	return Array.from({ length: n }, (_, i) =>
		Array.from(layer.subarray((head * n + i) * n, (head * n + i + 1) * n))
	);
}
