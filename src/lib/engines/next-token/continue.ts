import type { Lang } from '$lib/i18n/strings';
import { EOS, generate, type NgramModel } from '$lib/math/ngram';
import { createRng } from '$lib/math/rng';
import { contextOf } from './language-model';

/** Generation draws from its own stream, so sampling the histogram does not change the text. */
const GENERATION_STREAM = 0x9e3779b9;

export type Continuation = {
	/** The prompt's tokens as the model reads them, and those it does not know. */
	context: string[];
	unknown: string[];
	generated: string[];
	/** The next-token distribution after prompt and generated tokens, as logits (ln p). */
	logits: number[];
	labels: string[];
	/** True when the distribution is the unigram one (empty prompt, nothing generated). */
	unigramShown: boolean;
};

const display = (token: string) => (token === EOS ? '⏎' : token);

/** What the model makes of a prompt at temperature t: the generated tokens and what comes next. */
export function continuePrompt(
	model: NgramModel,
	unigram: NgramModel,
	prompt: string,
	lang: Lang,
	opts: { temperature: number; seed: number; steps: number }
): Continuation {
	const context = contextOf(prompt, lang);
	const unknown = [...new Set(context.filter((w) => !model.index.has(w)))];
	const rng = createRng((opts.seed ^ GENERATION_STREAM) >>> 0);
	const generated = generate(model, context, opts.steps, rng, { temperature: opts.temperature });
	const unigramShown = context.length === 0 && generated.length === 0;
	const history = generated.at(-1) === EOS ? [] : [...context, ...generated];
	const source = unigramShown ? unigram : model;
	const p = source.distribution(history);
	return {
		context,
		unknown,
		generated: generated.map(display),
		logits: Array.from(p, Math.log),
		labels: source.vocab.map(display),
		unigramShown
	};
}
