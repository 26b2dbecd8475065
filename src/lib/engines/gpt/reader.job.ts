/**
 * Reading a trained model in a worker: for each prompt, its tokens, the next-token distribution
 * after it and a seeded continuation. A forward pass takes milliseconds and a continuation one
 * per token (one position's, with the key/value cache of GptDecoder), so a page runs this off
 * the main thread (a demo's worker serves `gptReader`).
 * The checkpoint's bytes come with every input (each job has a worker of its own).
 */
import { defineJob } from '$lib/jobs/define';
import { softmaxFloat64 } from '$lib/math/softmax';
import { createRng } from '$lib/math/rng';
import { sample, samplingDistribution, type SamplingOptions } from '$lib/math/sampling';
import { decodeCheckpoint } from './checkpoint';
import { GptDecoder } from './decoder';
import { promptIds } from './generate';

export interface GptReadingInput {
	/** A checkpoint file's bytes (encodeCheckpoint), e.g. loadReferenceBytes(). */
	checkpoint: Uint8Array;
	prompts: readonly string[];
	/** Tokens to generate after each prompt (0 for none). */
	maxTokens: number;
	seed: number;
	sampling: SamplingOptions;
}

export interface GptReading {
	/** The prompt's token ids. */
	ids: number[];
	/** Whether the prompt is longer than the model's context: only its last tokens are read. */
	truncated: boolean;
	/** The next-token distribution at temperature 1, before any sampling filter. */
	next: Float64Array;
	/** The continuation's token ids and text. */
	continuation: { ids: number[]; text: string };
}

// Pure: a page that imports the engine for its constants does not keep the reader in its bundle.
export const gptReader = /* @__PURE__ */ defineJob(function* (input: GptReadingInput) {
	const { weights, codec } = decodeCheckpoint(input.checkpoint);
	const decoder = new GptDecoder(weights);
	const readings: GptReading[] = [];
	for (const [p, prompt] of input.prompts.entries()) {
		const ids = codec.encode(prompt);
		const read = promptIds(codec, prompt);
		let logits = decoder.next(read);
		const next = softmaxFloat64(logits);
		const rng = createRng(input.seed + p);
		const made: number[] = [];
		for (let i = 0; i < input.maxTokens; i++) {
			yield;
			const token = sample(samplingDistribution(logits, input.sampling), rng);
			read.push(token);
			made.push(token);
			if (i + 1 < input.maxTokens) logits = decoder.next(read);
		}
		readings.push({
			ids,
			truncated: ids.length > weights.config.context,
			next,
			continuation: { ids: made, text: codec.decode(made) }
		});
	}
	return { readings, context: weights.config.context };
});
