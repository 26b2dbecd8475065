/** Everything a training run starts from: the split corpus, its tokens and fresh weights. */
import type { Lang } from '$lib/i18n/strings';
import { REFERENCE_SHAPE, type GptConfig } from './config';
import { splitCorpus } from './corpus';
import { initGpt, type GptWeights } from './model';
import { tokenizeCorpus, type GptTokens } from './tokens';

// Defined with the other sizes in ./config (light enough for a page's first load); read here too.
export { REFERENCE_SHAPE };

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
