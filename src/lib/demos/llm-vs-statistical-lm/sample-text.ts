import { EOS, generate, type NgramModel } from '$lib/math/ngram';
import { createRng } from '$lib/math/rng';

/**
 * `length` tokens sampled (temperature 1) after `context`, sentence after sentence: after a '</s>'
 * the model starts a new sentence, as it was trained to. Each order draws from its own stream of
 * the seed, so the models do not all make the same choices at the same points.
 */
export function sampleText(
	model: NgramModel,
	context: readonly string[],
	length: number,
	seed: number
): string[] {
	const rng = createRng((seed ^ Math.imul(model.order, 0x9e3779b9)) >>> 0);
	const out: string[] = [];
	let history = [...context];
	while (out.length < length) {
		const part = generate(model, history, length - out.length, rng);
		out.push(...part);
		history = part.at(-1) === EOS ? [] : [...history, ...part];
	}
	return out;
}
