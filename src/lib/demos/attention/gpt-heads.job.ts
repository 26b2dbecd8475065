/**
 * The tiny GPT reading a sentence, in a worker: decoding its checkpoint (≈0.2 s), encoding the
 * text with its BPE (≈0.1 s for the longest text the hash keeps) and one forward pass. Each run
 * gets a fresh worker, so the checkpoint is decoded every time.
 */
import { defineJob } from '$lib/jobs/define';
import { gptAttentionScores } from '$lib/engines/gpt/attention-scores';
import { decodeCheckpoint } from '$lib/engines/gpt/checkpoint';
import { parameterCount, type GptConfig } from '$lib/engines/gpt/config';
import { gptAttention } from '$lib/engines/gpt/model';
import { tokenLabel } from '$lib/engines/tokenizer';
import { headSteps } from './gpt-steps';
import { fitContext } from './gpt-tokens';
import type { PipelineNumbers } from './pipeline';

export interface GptHeadsInput {
	/** The checkpoint file's bytes (loadReferenceBytes()). */
	checkpoint: Uint8Array;
	/** Not blank. */
	text: string;
	/**
	 * Question 32: read only the first `steps` tokens and give every step of every head on them.
	 * Attention is causal, so these are the numbers the model computes for them in any longer text.
	 */
	steps?: number;
}

export interface GptHeadsOutput {
	/** The tokens read (the first `context`, or `steps`), how many the text has, and their labels. */
	ids: number[];
	total: number;
	pieces: string[];
	/** Per layer, the weights [heads, T, T] row-major (gptAttention's layout). */
	layers: Float64Array[];
	/** With `steps`: per layer, per head, its Q, K, V, scores, softmax and output. */
	steps: PipelineNumbers[][] | null;
	config: GptConfig;
	parameters: number;
}

export const gptHeads = defineJob((input: GptHeadsInput): GptHeadsOutput => {
	const { weights, codec } = decodeCheckpoint(input.checkpoint);
	const { config } = weights;
	const read = fitContext(
		codec.encode(input.text),
		Math.min(config.context, input.steps ?? Infinity)
	);
	const n = read.ids.length;
	const scores = input.steps ? gptAttentionScores(weights, read.ids) : null;
	return {
		ids: read.ids,
		total: read.total,
		pieces: read.ids.map((id) => tokenLabel(codec.bytesOf(id))),
		layers: scores ? scores.map((layer) => layer.weights) : gptAttention(weights, read.ids),
		steps: scores
			? scores.map((layer) => Array.from({ length: layer.heads }, (_, h) => headSteps(layer, h, n)))
			: null,
		config,
		parameters: parameterCount(config)
	};
});
