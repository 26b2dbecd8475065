/**
 * Additive attention (Bahdanau, Cho & Bengio 2015, §3.1 and appendix A.1.2): the score of source
 * position j for decoder state s is e_j = vᵀ tanh(s W_a + h_j U_a), and the weights are
 * α = softmax(e) over the positions that hold a token.
 */
import { type Rng } from '$lib/math/rng';
import { Tensor, xavierUniform } from '$lib/math/autodiff';

export type AttentionWeights = { wa: Tensor; ua: Tensor; v: Tensor };

export function initAttention(querySize: number, keySize: number, size: number, rng: Rng) {
	return {
		wa: xavierUniform([querySize, size], rng),
		ua: xavierUniform([keySize, size], rng),
		v: xavierUniform([size, 1], rng)
	} satisfies AttentionWeights;
}

/** h U_a for every source state: keys [B, T, K] → [B, T, A]; computed once per source. */
export function projectKeys(w: AttentionWeights, keys: Tensor): Tensor {
	return keys.matmul(w.ua);
}

/**
 * The alignment α [B, T] of each query s [B, Q] over its source (`projectedKeys` [B, T, A]);
 * `padding` (B·T flags, row-major) marks positions that hold no token, which get weight 0.
 */
export function alignment(
	w: AttentionWeights,
	query: Tensor,
	projectedKeys: Tensor,
	padding?: ArrayLike<boolean>
): Tensor {
	const [b, t, a] = projectedKeys.shape;
	const scores = query
		.matmul(w.wa)
		.reshape([b, 1, a])
		.add(projectedKeys)
		.tanh()
		.matmul(w.v)
		.reshape([b, t]);
	return (padding ? scores.maskedFill(padding, -Infinity) : scores).softmax();
}

/** The context Σ_j α_j h_j: α [B, T] and values [B, T, H] → [B, H]. */
export function context(weights: Tensor, values: Tensor): Tensor {
	const [b, t, h] = values.shape;
	return weights.reshape([b, 1, t]).matmul(values).reshape([b, h]);
}
