/**
 * The attention engine: where the numbers of every attention demo come from.
 *
 * Interface (stable; other demos build on it):
 *
 *   const vectors = await guideWordVectors();          // word vectors of the guide's text (cached)
 *   const sentence = prepareSentence(text, MAX_TOKENS); // { tokens, total, truncated }
 *   const source = guideSource(sentence.tokens, vectors, { dModel: 64, positions: true });
 *   source.tokens   // [{ text, known }]: known = has a word vector (emoji, "?" and rare words do not)
 *   source.X        // n × d_model: [word vector (d_model/2) | sinusoidal PE (d_model/2)]
 *   source.heads(dK, kinds?) // [{ kind, Q, K, V }], Q/K/V n × dK; kinds default headKinds.
 *                            // V of the i-th head listed = the i-th dK-wide slice of x (so with
 *                            // one head and dK ≤ d_model/2, V is the word vector part)
 *   scaledDotProductAttention(head.Q, head.K, head.V, { mask: 'causal' })  // from $lib/math/attention
 *
 * Heads (headKinds, in the order a layer of h heads takes them; names: t(`attn.head.${kind}`),
 * descriptions: t(`attn.headAbout.${kind}`)):
 *   similar   — words with similar word vectors (cosine; a word is most similar to itself)
 *   previous  — the token before (exact, via PE[pos−1] = M₋₁·PE[pos])
 *   first     — the first token (the query is the constant PE[0], a bias)
 *   next      — the token after
 *   local     — nearby tokens, fading with distance (slow frequencies only)
 *   broad     — every token alike (Q = 0: all scores equal, the output is the mean of V)
 *   self      — the token itself
 *   previous2 — two tokens back
 *
 * Where the numbers come from: word vectors = co-occurrence counts (window 3) of the guide's
 * answers in English and Chinese → PPMI (α = 0.75) → rank-32 eigendecomposition (the SVD of a
 * symmetric matrix) → unit rows. Positional heads are exact constructions on the encodings.
 * Nothing is random. A trained model can replace guideSource by implementing AttentionSource.
 *
 * User edits: withEdits(head.Q, flatList) replaces Q (or K) by the user's numbers.
 * Limits: MAX_TOKENS (256) tokens at most; above MAX_SVG_TOKENS (64) draw on canvas.
 */
export { headKinds, isHeadKind, type HeadKind } from './heads';
export { MAX_SVG_TOKENS, MAX_TOKENS, prepareSentence, type Sentence } from './sentence';
export {
	guideSource,
	withEdits,
	type AttentionSource,
	type GuideSourceOptions,
	type HeadQKV,
	type SourceToken
} from './source';
export { guideWordVectors, WORD_DIM } from './vectors';
