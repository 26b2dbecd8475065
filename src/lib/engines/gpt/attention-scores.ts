/**
 * Every step of the tiny GPT's attention on one sequence, as question 32 writes it:
 * softmax(q·kᵀ/√d_k + M)·v, with d_k = d_model / heads and M the causal mask.
 */
import { noGrad } from '$lib/math/autodiff';
import { gptLogits, type GptWeights } from './model';

/** One layer's attention on T tokens; the [heads, T, …] arrays are row-major. */
export interface LayerScores {
	heads: number;
	/** d_k = d_v: the width of one head's query, key and value. */
	dk: number;
	/** [heads, T, d_k] each. */
	queries: Float64Array;
	keys: Float64Array;
	values: Float64Array;
	/** [heads, T, T]: q_i·k_j for every pair, before scaling and masking. */
	scores: Float64Array;
	/** [heads, T, T]: q_i·k_j / √d_k where j ≤ i, −∞ where the causal mask hides j > i. */
	masked: Float64Array;
	/** [heads, T, T]: the softmax of each row of `masked` (gptAttention's weights). */
	weights: Float64Array;
	/** [heads, T, d_k]: weights · values, each head's output before W_O mixes them. */
	outputs: Float64Array;
}

/** Per layer, the queries, keys and values the model computed reading `ids`, and every step after. */
export function gptAttentionScores(w: GptWeights, ids: ArrayLike<number>): LayerScores[] {
	const t = ids.length;
	const { heads, dModel } = w.config;
	const dk = dModel / heads;
	const layers: LayerScores[] = [];
	noGrad(() =>
		gptLogits(w, ids, 1, (layer, weights, { queries, keys, values }) => {
			const scores = new Float64Array(heads * t * t);
			const masked = new Float64Array(heads * t * t);
			const outputs = new Float64Array(heads * t * dk);
			for (let h = 0; h < heads; h++) {
				for (let i = 0; i < t; i++) {
					const q = (h * t + i) * dk;
					const row = (h * t + i) * t;
					for (let j = 0; j < t; j++) {
						const k = (h * t + j) * dk;
						let dot = 0;
						for (let c = 0; c < dk; c++) dot += queries[q + c] * keys[k + c];
						scores[row + j] = dot;
						masked[row + j] = j <= i ? dot / Math.sqrt(dk) : -Infinity;
						const p = weights[row + j];
						for (let c = 0; c < dk; c++) outputs[q + c] += p * values[k + c];
					}
				}
			}
			layers[layer] = {
				heads,
				dk,
				queries: Float64Array.from(queries),
				keys: Float64Array.from(keys),
				values: Float64Array.from(values),
				scores,
				masked,
				weights: weights.slice(),
				outputs
			};
		})
	);
	return layers;
}
