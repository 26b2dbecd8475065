import type { Lang } from '$lib/i18n/strings';
import { splitSentences } from '$lib/math/sentence-split';
import { guideAnswers } from './guide-text';
import { questions } from './registry';

/** One sentence of the guide's answers, with the answer it belongs to. */
export interface GuideSentence {
	text: string;
	/** The question number (1–50) whose answer holds the sentence. */
	question: number;
	/** Its place in that answer, from 0 (the question's own sentences first). */
	index: number;
	/** A sentence of the question as asked (the answer's title), not of the answer. */
	title: boolean;
}

const cache = new Map<Lang, GuideSentence[]>();

/**
 * The guide's answers sentence by sentence, in question order: the corpus of the pages that
 * pair, mask, classify or retrieve sentences. Loaded once per page (see guideAnswers).
 */
export async function guideSentences(lang: Lang): Promise<GuideSentence[]> {
	const known = cache.get(lang);
	if (known) return known;
	const answers = (await guideAnswers())[lang];
	const sentences = answers.flatMap((answer, i) => {
		const [title, ...body] = answer.split('\n');
		const titled = splitSentences(title).map((text) => ({ text, title: true }));
		const answered = splitSentences(body.join('\n')).map((text) => ({ text, title: false }));
		return [...titled, ...answered].map((s, index) => ({
			...s,
			question: questions[i].number,
			index
		}));
	});
	cache.set(lang, sentences);
	return sentences;
}
