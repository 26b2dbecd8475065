/**
 * The format measured in a worker: for every trained question and each way of asking it, the
 * mean log-probability of the guide's answer's first tokens (one forward pass each, ≈5–12 ms).
 */
import { defineJob } from '$lib/jobs/define';
import { decodeCheckpoint } from '$lib/engines/gpt';
import {
	answerLogProbs,
	askedAs,
	PROMPT_FORMATS,
	type FitRow,
	type FitScore,
	type GuideItem,
	type PromptFormat
} from './answer-fit';

export interface FitInput {
	/** A checkpoint file's bytes (loadReferenceBytes()). */
	checkpoint: Uint8Array;
	items: GuideItem[];
	/** How many of each answer's first tokens are scored. */
	answerTokens: number;
}

export const answerFit = defineJob(function* (input: FitInput, { progress }) {
	const { weights, codec } = decodeCheckpoint(input.checkpoint);
	const { context } = weights.config;
	const rows: FitRow[] = [];
	for (const [i, item] of input.items.entries()) {
		const sameLang = input.items.filter((other) => other.lang === item.lang);
		const example = sameLang[(sameLang.indexOf(item) + 1) % sameLang.length];
		const answer = codec.encode(item.answer).slice(0, input.answerTokens);
		const score = (format: PromptFormat): FitScore => {
			const prompt = codec.encode(askedAs(format, item, example));
			const logProbs = answerLogProbs(weights, prompt, answer);
			return {
				logProb: logProbs.reduce((s, l) => s + l, 0) / logProbs.length,
				promptTokens: prompt.length,
				truncated: prompt.length + answer.length > context
			};
		};
		const row = { lang: item.lang, title: item.title } as FitRow;
		for (const format of PROMPT_FORMATS) {
			row[format] = score(format);
			yield;
		}
		rows.push(row);
		progress((i + 1) / input.items.length);
	}
	return { rows, answerTokens: input.answerTokens, context };
});
