/**
 * What the prompt's format does, measured: how likely the trained model finds the first tokens of
 * the guide's own answer after a question asked three ways — bare, in the guide's
 * "Question: …\nAnswer: " format, and in that format after one worked example.
 */
import { noGrad } from '$lib/math/autodiff';
import { gptLogits, HELD_OUT_QUESTIONS, questionPrompt, type GptWeights } from '$lib/engines/gpt';
import type { Lang } from '$lib/i18n/strings';

export const PROMPT_FORMATS = ['bare', 'format', 'example'] as const;
export type PromptFormat = (typeof PROMPT_FORMATS)[number];

/** One of the guide's questions: its title and its answer's text. */
export interface GuideItem {
	lang: Lang;
	title: string;
	answer: string;
}

/** The questions the model was trained on (the held-out ones left out), from answerTexts' texts. */
export function trainedItems(answers: Record<Lang, readonly string[]>): GuideItem[] {
	return (['en', 'zh'] as const).flatMap((lang) =>
		answers[lang].flatMap((text, i) => {
			if (HELD_OUT_QUESTIONS.includes(i + 1)) return [];
			const [title, ...body] = text.split('\n');
			return [{ lang, title: title.trim(), answer: body.join('\n').trim() }];
		})
	);
}

/** A text's first sentence (up to its first . ! ? or their full-width forms). */
export function firstSentence(text: string): string {
	const end = text.search(/[.!?。！？](\s|$)|[。！？]/);
	return end < 0 ? text : text.slice(0, end + 1);
}

/** A worked example in the guide's format: a question and its answer's first sentence. */
export const workedExample = (item: GuideItem) =>
	`${questionPrompt(item.title, item.lang)}${firstSentence(item.answer)}\n\n`;

/** The question asked in one of the three ways; `example` is the worked example's question. */
export function askedAs(format: PromptFormat, item: GuideItem, example: GuideItem): string {
	if (format === 'bare') return `${item.title}\n`;
	const asked = questionPrompt(item.title, item.lang);
	return format === 'format' ? asked : workedExample(example) + asked;
}

/**
 * The log-probability (nats) the model gives each of `answer`'s tokens after `prompt`, read in
 * one forward pass over the last `context` tokens of both together: what does not fit falls out
 * from the start, as it does when the model generates.
 */
export function answerLogProbs(
	weights: GptWeights,
	prompt: readonly number[],
	answer: readonly number[]
): number[] {
	const { context, vocabSize } = weights.config;
	if (prompt.length === 0 || answer.length === 0 || answer.length >= context) {
		throw new Error('answerLogProbs: needs a prompt and 1 … context − 1 answer tokens');
	}
	const window = [...prompt, ...answer].slice(-context);
	const logits = noGrad(() => gptLogits(weights, window)).data;
	const first = window.length - answer.length;
	return answer.map((token, k) => {
		const row = logits.subarray((first + k - 1) * vocabSize, (first + k) * vocabSize);
		let max = -Infinity;
		for (const v of row) max = Math.max(max, v);
		let sum = 0;
		for (const v of row) sum += Math.exp(v - max);
		return row[token] - max - Math.log(sum);
	});
}

/** One question asked one way: the mean log-probability per answer token, and the prompt's fit. */
export interface FitScore {
	logProb: number;
	promptTokens: number;
	/** Whether the prompt and the answer's tokens overflowed the context (the start fell out). */
	truncated: boolean;
}

export type FitRow = { lang: Lang; title: string } & Record<PromptFormat, FitScore>;

/** One way of asking, over one language's questions. */
export interface FitSummary {
	format: PromptFormat;
	questions: number;
	/** Mean log-probability per answer token (nats). */
	logProb: number;
	/** exp(logProb): the per-token probability, as a geometric mean. */
	perToken: number;
	/** Questions whose answer it makes likelier than the bare question does. */
	beatsBare: number;
	/** Questions whose prompt and answer overflowed the context. */
	truncated: number;
}

export function summarizeFit(rows: readonly FitRow[], lang: Lang): FitSummary[] {
	const mine = rows.filter((r) => r.lang === lang);
	return PROMPT_FORMATS.map((format) => {
		const logProb = mine.reduce((s, r) => s + r[format].logProb, 0) / mine.length;
		return {
			format,
			questions: mine.length,
			logProb,
			perToken: Math.exp(logProb),
			beatsBare: mine.filter((r) => r[format].logProb > r.bare.logProb).length,
			truncated: mine.filter((r) => r[format].truncated).length
		};
	});
}
