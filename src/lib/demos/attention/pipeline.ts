/**
 * Scaled dot-product attention as the stages of question 32, each kept so it can be drawn:
 * Q, K, V → S = QKᵀ → S/√d_k → masked (−∞) → softmax → ·V.
 */
import { scaledDotProductAttention } from '$lib/math/attention';
import { matmul, transpose } from '$lib/math/linalg';

export const stages = ['qkv', 'scores', 'scale', 'mask', 'softmax', 'output'] as const;
export type Stage = (typeof stages)[number];

export type Mask = 'none' | 'causal';

/** Every stage's numbers, plain data (a worker can send them). */
export interface PipelineNumbers {
	Q: number[][];
	K: number[][];
	V: number[][];
	/** QKᵀ, unscaled. */
	scores: number[][];
	/** QKᵀ / √d_k. */
	scaled: number[][];
	/** The scaled scores with −∞ where the mask forbids. */
	masked: number[][];
	weights: number[][];
	output: number[][];
}

export interface Pipeline extends PipelineNumbers {
	mask: Mask;
	allowed: (i: number, j: number) => boolean;
}

/** Whether query i may look at key j under the mask. */
export const allowedBy =
	(mask: Mask) =>
	(i: number, j: number): boolean =>
		mask === 'none' || j <= i;

export function attentionPipeline(
	Q: number[][],
	K: number[][],
	V: number[][],
	mask: Mask
): Pipeline {
	const allowed = allowedBy(mask);
	const scores = matmul(Q, transpose(K));
	const { scores: scaled, weights, output } = scaledDotProductAttention(Q, K, V, { mask });
	const masked = scaled.map((row, i) => row.map((s, j) => (allowed(i, j) ? s : -Infinity)));
	return { Q, K, V, scores, scaled, masked, weights, output, mask, allowed };
}

/** The products qᵈ·kᵈ whose sum is the score of query q and key k. */
export function dotTerms(q: number[], k: number[]): { q: number; k: number; product: number }[] {
	return q.map((x, d) => ({ q: x, k: k[d], product: x * k[d] }));
}
