/**
 * The tiny GPT as a next-token source: `steps` tokens sampled after the prompt at a temperature
 * from a seed (the demos' "Generate"), then the logits for the token after all of them. A forward
 * pass takes milliseconds, so this runs in a worker (gpt-next.worker.ts).
 */
import { defineJob } from '$lib/jobs/define';
import { createRng } from '$lib/math/rng';
import { sample, samplingDistribution } from '$lib/math/sampling';
import { decodeCheckpoint } from '$lib/engines/gpt/checkpoint';
import { nextTokenLogits, promptIds } from '$lib/engines/gpt/generate';
import { describeModel, type GptModelFacts } from './gpt-prompt';

export interface GptNextInput {
	/** A checkpoint file's bytes, e.g. loadReferenceBytes(). */
	checkpoint: Uint8Array;
	prompt: string;
	/** Tokens to sample and append before reading the distribution. */
	steps: number;
	temperature: number;
	seed: number;
}

export interface GptNextOutput extends GptModelFacts {
	/** The sampled tokens' ids, in order. */
	generated: number[];
	/** Logits for the next token after the prompt and the generated tokens. */
	logits: Float64Array;
}

export const gptNext = defineJob(function* (
	input: GptNextInput
): Generator<void, GptNextOutput, undefined> {
	const { weights, codec } = decodeCheckpoint(input.checkpoint);
	const read = promptIds(codec, input.prompt);
	// A stream apart from the one a page draws its histogram from with the same seed.
	const rng = createRng((input.seed ^ 0x9e3779b9) >>> 0);
	const generated: number[] = [];
	let logits = nextTokenLogits(weights, read);
	for (let i = 0; i < input.steps; i++) {
		yield;
		const token = sample(samplingDistribution(logits, { temperature: input.temperature }), rng);
		read.push(token);
		generated.push(token);
		logits = nextTokenLogits(weights, read);
	}
	return { generated, logits, ...describeModel(weights, codec, read.length) };
});
