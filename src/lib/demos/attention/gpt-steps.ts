/** The tiny GPT's own attention steps (gptAttentionScores) as the step-by-step view draws them. */
import type { LayerScores } from '$lib/engines/gpt/attention-scores';
import { headRows } from './gpt-tokens';
import type { PipelineNumbers } from './pipeline';

/** Head `head` of a layer read on n tokens: its Q, K, V and every stage after, as the model computed them. */
export function headSteps(layer: LayerScores, head: number, n: number): PipelineNumbers {
	const scores = headRows(layer.scores, head, n);
	const root = Math.sqrt(layer.dk);
	return {
		Q: headRows(layer.queries, head, n, layer.dk),
		K: headRows(layer.keys, head, n, layer.dk),
		V: headRows(layer.values, head, n, layer.dk),
		scores,
		scaled: scores.map((row) => row.map((s) => s / root)),
		masked: headRows(layer.masked, head, n),
		weights: headRows(layer.weights, head, n),
		output: headRows(layer.outputs, head, n, layer.dk)
	};
}
