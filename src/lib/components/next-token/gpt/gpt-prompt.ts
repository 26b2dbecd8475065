/**
 * What the sampling and decoding demos share about reading the tiny GPT: the ids it reads after a
 * prompt, and how a token is written on a bar or a node.
 */
import type { BpeCodec } from '$lib/math/bpe-codec';
import { parameterCount } from '$lib/engines/gpt/config';
import type { GptWeights } from '$lib/engines/gpt/model';
import { tokenLabel } from '$lib/engines/tokenizer/token-label';

/**
 * Every token's label, by id: its characters with white space as ␣ ⏎ ⇥, and bytes that are only
 * part of a character (a Chinese character is often split over tokens) in hex, as <E7 8C>.
 */
export function tokenLabels(codec: BpeCodec): string[] {
	return Array.from({ length: codec.vocabSize }, (_, id) => tokenLabel(codec.bytesOf(id)));
}

/** What a page says about the model and a reading, sent back with a worker's result. */
export interface GptModelFacts {
	/** Every token's label, by id (tokenLabels). */
	labels: string[];
	parameters: number;
	/** How many tokens the model reads at most. */
	context: number;
	/** Whether the text read was longer than the context, so only its last tokens were read. */
	truncated: boolean;
}

export function describeModel(
	weights: GptWeights,
	codec: BpeCodec,
	/** How many tokens the model was given to read at most. */
	read: number
): GptModelFacts {
	const { context } = weights.config;
	return {
		labels: tokenLabels(codec),
		parameters: parameterCount(weights.config),
		context,
		truncated: read > context
	};
}

/** A reading as the sampling views draw it. */
export interface GptDistribution {
	labels: string[];
	logits: number[];
	/** The generated tokens' labels, in order. */
	generated: string[];
}
