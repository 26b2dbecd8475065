import { defineJob } from '$lib/jobs';
import { trainNgram } from '$lib/math/ngram';
import { analyse, completions, type BiasAnalysis } from './analysis';
import { biasCorpus, maleShare, type CorpusOptions } from './corpus';

/** The order of the n-gram model: a 5-gram sees "the doctor said that", four words back. */
export const NGRAM_ORDER = 5;

export interface BiasMeasures {
	input: CorpusOptions;
	tokens: number;
	/** The first few sentences, as the reader's sample of what the model learns from. */
	examples: string[];
	shares: ReturnType<typeof maleShare>;
	vectors: BiasAnalysis;
	balancedVectors: BiasAnalysis;
	next: ReturnType<typeof completions>;
	balancedNext: ReturnType<typeof completions>;
}

/**
 * Everything the page draws for one corpus setting: the skewed corpus and a balanced one (skew
 * 0.5, same seed and size) side by side. Vectors and 5-grams take tens of milliseconds, so this
 * runs in a worker and the page keeps drawing the last result until the next arrives.
 */
export const biasMeasures = defineJob(function* (input: CorpusOptions) {
	const { lang } = input;
	const skewed = biasCorpus(input);
	const balanced = biasCorpus({ ...input, skew: 0.5 });
	yield;
	const vectors = analyse(skewed, lang, input.seed);
	yield;
	const balancedVectors = analyse(balanced, lang, input.seed);
	yield;
	const next = completions(trainNgram(skewed, NGRAM_ORDER), lang);
	yield;
	const balancedNext = completions(trainNgram(balanced, NGRAM_ORDER), lang);
	const out: BiasMeasures = {
		input,
		tokens: skewed.reduce((n, s) => n + s.length, 0),
		examples: skewed.slice(0, 4).map((s) => s.join(lang === 'en' ? ' ' : '')),
		shares: maleShare(skewed, lang),
		vectors,
		balancedVectors,
		next,
		balancedNext
	};
	return out;
});
