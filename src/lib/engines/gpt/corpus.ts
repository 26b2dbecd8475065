/**
 * The tiny GPT's text: the guide's questions and answers in both languages, in a
 * question-and-answer format the model learns to follow, with a few whole questions held out so
 * that the loss on text it has never seen can be reported beside the training loss.
 */
import type { Lang } from '$lib/i18n/strings';

/** Questions never trained on, in both languages: one in ten, spread over the guide. */
export const HELD_OUT_QUESTIONS: readonly number[] = [5, 15, 25, 35, 45];

const LABELS: Record<Lang, { question: string; answer: string }> = {
	en: { question: 'Question: ', answer: 'Answer: ' },
	zh: { question: '问题：', answer: '回答：' }
};

/** One answer text (its title, a blank line, its body) as "Question: …\nAnswer: …". */
export function formatDocument(answerText: string, lang: Lang): string {
	const [title, ...body] = answerText.split('\n');
	const { question, answer } = LABELS[lang];
	return `${question}${title.trim()}\n${answer}${body.join('\n').trim()}`;
}

/** The start of a prompt in that format, for the model to answer. */
export const questionPrompt = (title: string, lang: Lang) =>
	`${LABELS[lang].question}${title.trim()}\n${LABELS[lang].answer}`;

export interface GptCorpus {
	/** Every trained document, English then Chinese, separated by blank lines. */
	train: string;
	/** The held-out documents, likewise. */
	heldOut: string;
}

/** `answers[lang][i]` is question i + 1's text, as content/corpus.ts answerTexts gives it. */
export function splitCorpus(answers: Record<Lang, readonly string[]>): GptCorpus {
	const train: string[] = [];
	const heldOut: string[] = [];
	for (const lang of ['en', 'zh'] as const) {
		answers[lang].forEach((text, i) =>
			(HELD_OUT_QUESTIONS.includes(i + 1) ? heldOut : train).push(formatDocument(text, lang))
		);
	}
	return { train: train.join('\n\n'), heldOut: heldOut.join('\n\n') };
}
