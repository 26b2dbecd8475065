/** Everything a training run starts from: the split corpus, its tokens and fresh weights. */
import type { Lang } from '$lib/i18n/strings';
import type { GptConfig } from './config';
import { splitCorpus } from './corpus';
import { initGpt, type GptWeights } from './model';
import { tokenizeCorpus, type GptTokens } from './tokens';

/** The reference model: see the /what-is-an-llm page for how it was chosen. */
export const REFERENCE_SHAPE = { context: 64, layers: 2, dModel: 64, heads: 4 } as const;

export interface GptSetup {
	tokens: GptTokens;
	weights: GptWeights;
}

/** `answers` as content/corpus.ts answerTexts gives them, per language. */
export function setUpGpt(
	answers: Record<Lang, readonly string[]>,
	seed: number,
	shape: Omit<GptConfig, 'vocabSize'> = REFERENCE_SHAPE
): GptSetup {
	const tokens = tokenizeCorpus(splitCorpus(answers));
	return { tokens, weights: initGpt({ ...shape, vocabSize: tokens.codec.vocabSize }, seed) };
}
