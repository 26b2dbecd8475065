/**
 * What attention itself costs over a sequence of n tokens, apart from the weight matrices: every
 * query meets every key (the score matrix QKᵀ) and every score weights a value vector (AV).
 */

export interface AttentionCostShape {
	layers: number;
	/** Query heads: grouped-query attention shares keys and values, not the n² scores. */
	heads: number;
	headDim: number;
	seqLen: number;
}

/**
 * Floating-point operations of the scores and the weighted sum over a full (unmasked) sequence:
 * per layer and head, QKᵀ is n² dot products of length d_h (2 · n² · d_h operations) and AV as
 * many again, so 4 · layers · heads · headDim · n². A causal mask skips about half of it in
 * kernels that exploit it; the growth with n² is the same.
 */
export function attentionFlops({ layers, heads, headDim, seqLen }: AttentionCostShape): number {
	for (const [name, value] of Object.entries({ layers, heads, headDim, seqLen })) {
		if (!(value >= 0) || !Number.isFinite(value)) {
			throw new RangeError(`attentionFlops: ${name} must be a finite number ≥ 0, got ${value}`);
		}
	}
	return 4 * layers * heads * headDim * seqLen * seqLen;
}

/**
 * Entries of the attention-score matrices of one sequence: one n × n matrix per layer and head
 * (what a kernel that stores the scores must hold; FlashAttention-style kernels avoid storing
 * them, not computing them).
 */
export function attentionScoreEntries({
	layers,
	heads,
	seqLen
}: Omit<AttentionCostShape, 'headDim'>): number {
	for (const [name, value] of Object.entries({ layers, heads, seqLen })) {
		if (!(value >= 0) || !Number.isFinite(value)) {
			throw new RangeError(
				`attentionScoreEntries: ${name} must be a finite number ≥ 0, got ${value}`
			);
		}
	}
	return layers * heads * seqLen * seqLen;
}
