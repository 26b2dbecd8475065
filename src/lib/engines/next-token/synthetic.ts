import { createRng, randomNormal } from '$lib/math/rng';

/** GPT-2's vocabulary size. */
export const GPT2_VOCAB = 50_257;

/**
 * A synthetic next-token distribution as large as GPT-2's: Zipf-like logits (the r-th likeliest
 * token has logit −1.1·ln r, as word frequencies roughly do) with a little seeded noise, shuffled
 * so that rank and id differ. For feeling (and measuring) a full-size vocabulary.
 */
export function syntheticLogits(size = GPT2_VOCAB, seed = 2019): number[] {
	const rng = createRng(seed);
	const logits = Array.from(
		{ length: size },
		(_, r) => -1.1 * Math.log(r + 1) + 0.1 * randomNormal(rng)
	);
	for (let i = size - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[logits[i], logits[j]] = [logits[j], logits[i]];
	}
	return logits;
}
