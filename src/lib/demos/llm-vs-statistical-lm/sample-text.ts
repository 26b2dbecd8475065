import { EOS, type NgramModel } from '$lib/math/ngram';
import { createRng } from '$lib/math/rng';
import { sample } from '$lib/math/sampling';

/**
 * `length` tokens sampled (temperature 1) after `context`, sentence after sentence: after a '</s>'
 * the model starts a new sentence, as it was trained to. Each order draws from its own stream of
 * the seed, so the models do not all make the same choices at the same points. At temperature 1
 * the model's distribution is drawn from as it is: no round trip through logits and softmax,
 * which would cost each typed key several passes over the whole vocabulary per token.
 */
export function sampleText(
	model: NgramModel,
	context: readonly string[],
	length: number,
	seed: number
): string[] {
	const rng = createRng((seed ^ Math.imul(model.order, 0x9e3779b9)) >>> 0);
	const out: string[] = [];
	// The model reads only the last order − 1 tokens.
	const keep = model.order - 1;
	let history = context.slice(Math.max(0, context.length - keep));
	while (out.length < length) {
		const token = model.vocab[sample(model.distribution(history), rng)];
		out.push(token);
		history =
			token === EOS ? [] : [...history, token].slice(Math.max(0, history.length + 1 - keep));
	}
	return out;
}
