import { splitCorpus } from '$lib/engines/gpt';
import type { Lang } from '$lib/i18n/strings';

/**
 * The text the n-gram models are trained and measured on when they face the tiny GPT: exactly
 * the GPT's own split (splitCorpus), not the page's every-k-th hold-out. Training on the GPT's
 * training text (both languages, in its question-and-answer format) and measuring on the answers
 * its checkpoint never trained on leaves the model as the only difference.
 */
export interface FairSplit {
	train: string;
	/** The GPT's held-out documents of one language, as splitCorpus joins them. */
	heldOut: Record<Lang, string>;
}

export function fairSplit(answers: Record<Lang, readonly string[]>): FairSplit {
	return {
		train: splitCorpus(answers).train,
		heldOut: {
			en: splitCorpus({ en: answers.en, zh: [] }).heldOut,
			zh: splitCorpus({ en: [], zh: answers.zh }).heldOut
		}
	};
}
