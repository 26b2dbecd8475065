import {
	HELD_OUT_QUESTIONS,
	decodeCheckpoint,
	evaluateLoss,
	parameterCount
} from '$lib/engines/gpt';
import type { Lang } from '$lib/i18n/strings';
import { defineJob } from '$lib/jobs';
import { trainNgramSteps } from '$lib/math/ngram';
import { firstCharAfter, gptTotalNats, ngramNats } from './char-bits';
import { fairSplit } from './fair-split';

export const ORDERS = [1, 2, 3, 4, 5] as const;

/** One language's held-out answers, scored by every model on the same characters. */
export interface HeldOutScores {
	/** Characters predicted (all but those of the GPT's first token, which has no context). */
	chars: number;
	gpt: { nats: number; tokens: number };
	/** Per order: total nats, and how many held-out characters never occur in training. */
	ngram: { n: number; nats: number; unseen: number }[];
}

export interface HeldOutBits {
	scores: Record<Lang, HeldOutScores>;
	/** The questions held out, in both languages. */
	heldOutQuestions: number[];
	/** Characters of the training text, and what the checkpoint is. */
	trainChars: number;
	parameters: number;
	steps: number;
	context: number;
}

/**
 * The tiny GPT's held-out loss beside character n-gram models (n = 1…5) trained on exactly its
 * training text, on exactly its held-out answers, both as nats over the same characters.
 */
export const heldOutBits = defineJob(function* (
	input: { checkpoint: Uint8Array; answers: Record<Lang, string[]> },
	{ progress }
) {
	const { weights, codec, training } = decodeCheckpoint(input.checkpoint);
	const split = fairSplit(input.answers);
	const trainChars = [...split.train];
	const steps = ORDERS.length + 2;
	const models = [];
	for (const n of ORDERS) {
		models.push(yield* trainNgramSteps([trainChars], n));
		progress(models.length / steps);
	}
	const scores = {} as Record<Lang, HeldOutScores>;
	for (const [i, lang] of (['en', 'zh'] as const).entries()) {
		yield;
		const text = split.heldOut[lang];
		const ids = codec.encode(text);
		const chars = [...text];
		const from = firstCharAfter(text, codec.bytesOf(ids[0]).length);
		scores[lang] = {
			chars: chars.length - from,
			gpt: { nats: gptTotalNats(evaluateLoss(weights, ids), ids.length), tokens: ids.length - 1 },
			ngram: models.map((model) => ({ n: model.order, ...ngramNats(model, chars, from) }))
		};
		progress((ORDERS.length + i + 1) / steps);
	}
	return {
		scores,
		heldOutQuestions: [...HELD_OUT_QUESTIONS],
		trainChars: trainChars.length,
		parameters: parameterCount(weights.config),
		steps: training.steps,
		context: weights.config.context
	} satisfies HeldOutBits;
});
