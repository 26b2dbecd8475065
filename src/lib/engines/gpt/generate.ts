/**
 * Reading the model: the next-token logits after a sequence (its last `context` tokens), and
 * text generated token by token with temperature and top-p from a seed.
 */
import { noGrad } from '$lib/math/autodiff';
import type { BpeCodec } from '$lib/math/bpe-codec';
import { createRng } from '$lib/math/rng';
import { sample, samplingDistribution, type SamplingOptions } from '$lib/math/sampling';
import { GptDecoder } from './decoder';
import { gptLogits, type GptWeights } from './model';

/**
 * The ids the model reads for a prompt; an empty prompt starts after a blank line, the corpus'
 * separator between documents.
 */
export function promptIds(codec: BpeCodec, prompt: string): number[] {
	const ids = codec.encode(prompt);
	return ids.length > 0 ? ids : codec.encode('\n\n');
}

/** The logits for the token after `ids`; only the last `context` tokens are read. */
export function nextTokenLogits(weights: GptWeights, ids: readonly number[]): Float64Array {
	const { context, vocabSize } = weights.config;
	const window = ids.length > context ? ids.slice(-context) : ids;
	if (window.length === 0) throw new Error('nextTokenLogits: needs at least one token');
	const logits = noGrad(() => gptLogits(weights, window)).data;
	return Float64Array.from(logits.subarray(logits.length - vocabSize));
}

export interface GenerateOptions extends SamplingOptions {
	maxTokens: number;
	seed: number;
}

/**
 * The prompt's continuation: `maxTokens` tokens drawn one at a time, as ids and as text; each
 * token costs one position's pass (GptDecoder) until the context is full.
 */
export function generate(
	weights: GptWeights,
	codec: BpeCodec,
	prompt: string,
	{ maxTokens, seed, ...sampling }: GenerateOptions
): { ids: number[]; text: string } {
	const rng = createRng(seed);
	const ids = codec.encode(prompt);
	const made: number[] = [];
	const decoder = new GptDecoder(weights);
	for (let i = 0; i < maxTokens; i++) {
		const next = sample(samplingDistribution(decoder.next(ids), sampling), rng);
		ids.push(next);
		made.push(next);
	}
	return { ids: made, text: codec.decode(made) };
}
