import { guideSentences } from '$lib/content/guide-sentences';
import type { Lang } from '$lib/i18n/strings';
import { tokenizeChars, tokenizeWords } from '$lib/math/text-tokenize';

/** One sentence of the guide as the model reads it. */
export interface CorpusSentence {
	text: string;
	question: number;
	/** Its place in its answer, from 1 (the answer's first sentence). */
	index: number;
	/** Lowercased words and punctuation (English) or characters (Chinese), as the model's tokens. */
	tokens: string[];
}

export interface MlmCorpus {
	/** The answers' sentences (titles left out): the sentences whose blanks are filled. */
	sentences: CorpusSentence[];
	/** Everything the model trains on, titles included, with the question each comes from. */
	training: { question: number; tokens: string[][] }[];
	/** Every distinct token of the guide: where BERT's 10% random replacements come from. */
	vocabulary: string[];
}

/** A text as the model's tokens, in one sequence. */
export function tokensOf(text: string, lang: Lang): string[] {
	return (lang === 'en' ? tokenizeWords(text) : tokenizeChars(text)).flat();
}

const cache = new Map<Lang, Promise<MlmCorpus>>();

/** The guide's sentences in one language, tokenized for the n-gram model (loaded once). */
export function mlmCorpus(lang: Lang): Promise<MlmCorpus> {
	let corpus = cache.get(lang);
	if (!corpus) {
		corpus = guideSentences(lang).then((all) => {
			const tokenize = lang === 'en' ? tokenizeWords : tokenizeChars;
			const training = all.map((s) => ({ question: s.question, tokens: tokenize(s.text) }));
			const titles = new Map<number, number>();
			for (const s of all) if (s.title) titles.set(s.question, (titles.get(s.question) ?? 0) + 1);
			const sentences = all
				.filter((s) => !s.title)
				.map((s) => ({
					text: s.text,
					question: s.question,
					index: s.index - (titles.get(s.question) ?? 0) + 1,
					tokens: tokensOf(s.text, lang)
				}));
			const vocabulary = [...new Set(training.flatMap((s) => s.tokens.flat()))];
			return { sentences, training, vocabulary };
		});
		cache.set(lang, corpus);
	}
	return corpus;
}
