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
 * A recurrent layer against a self-attention layer over n tokens of width d, after Vaswani et al.
 * (2017), "Attention Is All You Need", Table 1: per layer, self-attention costs O(n²·d) with O(1)
 * sequential operations and a maximum path length of O(1) between any two positions; a recurrent
 * layer costs O(n·d²) with O(n) sequential operations and a path length of O(n). The counts here
 * fill those in for one concrete layer of each (a multiply-add is 2 operations):
 * - recurrent (Elman), h_t = tanh(W x_t + U h_(t−1) + b): two d×d products per token, 4·n·d²,
 *   in n steps that must run one after another (step t needs h_(t−1));
 * - self-attention, one head of width d: the Q, K, V and output projections (4 · 2·n·d²), the
 *   scores QKᵀ and the weighted sum AV (attentionFlops: 4·n²·d), all in one parallel step.
 */
export type LayerKind = 'recurrent' | 'self-attention';

export interface LayerCost {
	/** Floating-point operations of one forward pass over the n tokens. */
	flops: number;
	/** Operations that must run one after another (the depth of the dependency chain). */
	sequentialOperations: number;
	/** Steps a signal takes from the first token to the last (0 for a single token). */
	pathLength: number;
}

export function layerCost(kind: LayerKind, n: number, d: number): LayerCost {
	for (const [name, value] of Object.entries({ n, d })) {
		if (!(value >= 0) || !Number.isFinite(value)) {
			throw new RangeError(`layerCost: ${name} must be a finite number ≥ 0, got ${value}`);
		}
	}
	if (kind === 'recurrent') {
		return { flops: 4 * n * d * d, sequentialOperations: n, pathLength: Math.max(0, n - 1) };
	}
	return {
		flops: 8 * n * d * d + attentionFlops({ layers: 1, heads: 1, headDim: d, seqLen: n }),
		sequentialOperations: n > 0 ? 1 : 0,
		pathLength: n > 1 ? 1 : 0
	};
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
