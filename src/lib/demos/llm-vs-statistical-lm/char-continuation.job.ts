import { defineJob } from '$lib/jobs';
import { trainNgramSteps } from '$lib/math/ngram';
import { sampleText } from './sample-text';

export interface CharContinuationInput {
	/** The GPT's training text, which this model is trained on too. */
	train: string;
	prompt: string;
	n: number;
	/** Characters to generate. */
	length: number;
	seed: number;
}

/**
 * A character n-gram model of order n, trained on the GPT's training text, continues the prompt
 * (a model is a set of closures, which cannot be sent from one worker to the next: each run
 * trains its own, a few hundred milliseconds at most).
 */
export const charContinuation = defineJob(function* (input: CharContinuationInput) {
	const model = yield* trainNgramSteps([[...input.train]], input.n);
	const prompt = [...input.prompt];
	return {
		tokens: sampleText(model, prompt, input.length, input.seed),
		unknown: [...new Set(prompt.filter((ch) => !model.index.has(ch)))]
	};
});
