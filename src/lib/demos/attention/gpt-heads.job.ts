/**
 * The tiny GPT reading a sentence, in a worker: decoding its checkpoint (≈0.2 s), encoding the
 * text with its BPE (≈0.1 s for the longest text the hash keeps) and one forward pass. Each run
 * gets a fresh worker, so the checkpoint is decoded every time.
 */
import { defineJob } from '$lib/jobs/define';
import { decodeCheckpoint } from '$lib/engines/gpt/checkpoint';
import { parameterCount, type GptConfig } from '$lib/engines/gpt/config';
import { gptAttention } from '$lib/engines/gpt/model';
import { tokenLabel } from '$lib/engines/tokenizer';
import { fitContext } from './gpt-tokens';

export interface GptHeadsInput {
	/** The checkpoint file's bytes (loadReferenceBytes()). */
	checkpoint: Uint8Array;
	/** Not blank. */
	text: string;
}

export interface GptHeadsOutput {
	/** The tokens read (the first `context`), how many the text has, and their labels. */
	ids: number[];
	total: number;
	pieces: string[];
	/** Per layer, the weights [heads, T, T] row-major (gptAttention's layout). */
	layers: Float64Array[];
	config: GptConfig;
	parameters: number;
}

export const gptHeads = defineJob((input: GptHeadsInput): GptHeadsOutput => {
	const { weights, codec } = decodeCheckpoint(input.checkpoint);
	const { config } = weights;
	const read = fitContext(codec.encode(input.text), config.context);
	return {
		ids: read.ids,
		total: read.total,
		pieces: read.ids.map((id) => tokenLabel(codec.bytesOf(id))),
		layers: gptAttention(weights, read.ids),
		config,
		parameters: parameterCount(config)
	};
});
