/**
 * The three attention patterns of a transformer, computed by the attention engine on the guide's
 * word vectors and positional heads (hand-built, not trained for translation):
 *   encoder self-attention   — every source token over every source token (no mask)
 *   decoder self-attention   — every decoder token over the ones up to itself (causal mask)
 *   cross-attention          — decoder queries over the encoder's keys (no mask)
 */
import { guideSource, type HeadKind } from '$lib/engines/attention';
import { scaledDotProductAttention } from '$lib/math/attention';
import type { WordVectors } from '$lib/math/word-vectors';

/** x = [word vector (32) | position (32)], as in the attention demos. */
export const D_MODEL = 64;
/** Width of a head's queries and keys. */
export const D_K = 16;

export const views = ['encoder', 'decoder', 'cross'] as const;
export type View = (typeof views)[number];

function head(tokens: readonly string[], vectors: WordVectors, kind: HeadKind) {
	return guideSource(tokens, vectors, { dModel: D_MODEL }).heads(D_K, [kind])[0];
}

/** Self-attention weights (n × n) of one head; causal: token i sees tokens j ≤ i only. */
export function selfAttentionWeights(
	tokens: readonly string[],
	vectors: WordVectors,
	kind: HeadKind,
	causal: boolean
): number[][] {
	if (tokens.length === 0) return [];
	const { Q, K, V } = head(tokens, vectors, kind);
	return scaledDotProductAttention(Q, K, V, { mask: causal ? 'causal' : 'none' }).weights;
}

/**
 * Cross-attention weights (decoder tokens × source tokens): queries from the decoder's tokens,
 * keys and values from the encoder's, through the same head's projections.
 */
export function crossAttentionWeights(
	decoderTokens: readonly string[],
	sourceTokens: readonly string[],
	vectors: WordVectors,
	kind: HeadKind
): number[][] {
	if (decoderTokens.length === 0) return [];
	if (sourceTokens.length === 0) return decoderTokens.map(() => []);
	const queries = head(decoderTokens, vectors, kind);
	const keys = head(sourceTokens, vectors, kind);
	return scaledDotProductAttention(queries.Q, keys.K, keys.V).weights;
}
