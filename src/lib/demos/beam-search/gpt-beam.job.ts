/**
 * Beam search (and greedy decoding, for comparison) on the tiny GPT after a prompt. Every
 * expansion of every beam is a forward pass of milliseconds, so the whole search runs in a worker
 * (gpt-beam.worker.ts). The model has no end token: every beam runs the full number of steps.
 */
import { defineJob } from '$lib/jobs/define';
import { logSoftmax } from '$lib/math/softmax';
import { decodeCheckpoint } from '$lib/engines/gpt/checkpoint';
import { nextTokenLogits, promptIds } from '$lib/engines/gpt/generate';
import { describeModel, type GptModelFacts } from '$lib/components/next-token/gpt/gpt-prompt';
import { runSearch, type SearchRun } from './decode';

export interface GptBeamInput {
	/** A checkpoint file's bytes, e.g. loadReferenceBytes(). */
	checkpoint: Uint8Array;
	prompt: string;
	width: number;
	steps: number;
	/** Length penalty α. */
	alpha: number;
}

export type GptBeamOutput = SearchRun & GptModelFacts;

export const gptBeam = defineJob((input: GptBeamInput): GptBeamOutput => {
	const { weights, codec } = decodeCheckpoint(input.checkpoint);
	const prompt = promptIds(codec, input.prompt);
	// Beam search and greedy decoding ask for many of the same prefixes.
	const cache = new Map<string, number[]>();
	const next = (prefix: number[]) => {
		const key = prefix.join(',');
		let out = cache.get(key);
		if (!out) {
			out = logSoftmax(Array.from(nextTokenLogits(weights, [...prompt, ...prefix])));
			cache.set(key, out);
		}
		return out;
	};
	const run = runSearch(next, {
		beamWidth: input.width,
		maxSteps: input.steps,
		lengthPenalty: input.alpha
	});
	return { ...run, ...describeModel(weights, codec, prompt.length + input.steps) };
});
