/**
 * The head of the shuffle experiment: one head that reads both halves of x = [word vector | PE],
 * made of the attention engine's "similar words" and "previous token" heads side by side.
 */
import { scaledDotProductAttention } from '$lib/math/attention';
import type { WordVectors } from '$lib/math/word-vectors';
import { guideSource } from '$lib/engines/attention';

export const MIXED_D_MODEL = 64;
/** Each half's key width: the full word vector, and every frequency pair of the encoding. */
const HALF_DK = 32;

/**
 * Attention weights of the mixed head on these tokens, with or without positional encodings.
 * Q = √2·[Q_similar | Q_previous] and K = [K_similar | K_previous], so after ÷√(2·d_k) the score
 * is (s_similar + s_previous)/√d_k: each half keeps the scale it has as a head of its own.
 */
export function mixedHeadWeights(
	tokens: readonly string[],
	vectors: WordVectors,
	positions: boolean
): number[][] {
	if (tokens.length === 0) return [];
	const source = guideSource(tokens, vectors, { dModel: MIXED_D_MODEL, positions });
	const [similar, previous] = source.heads(HALF_DK, ['similar', 'previous']);
	const Q = similar.Q.map((row, i) => [...row, ...previous.Q[i]].map((v) => v * Math.SQRT2));
	const K = similar.K.map((row, i) => [...row, ...previous.K[i]]);
	return scaledDotProductAttention(Q, K, K).weights;
}
