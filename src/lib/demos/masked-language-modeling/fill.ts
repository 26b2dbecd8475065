import type { NgramModel } from '$lib/math/ngram';
import type { Corruption } from '$lib/math/mlm-masking';
import { infillDistribution, leftDistribution, type Blanked } from '$lib/math/ngram-infill';
import { topKIndices } from '$lib/math/order';

/** What the model reads: [MASK] becomes a blank (null), replaced and kept tokens show as fed in. */
export function blankedInput(
	tokens: readonly string[],
	corruptions: ReadonlyMap<number, Corruption>
): Blanked {
	return tokens.map((token, i) => {
		const c = corruptions.get(i);
		if (!c || c.kind === 'keep') return token;
		return c.kind === 'mask' ? null : c.token;
	});
}

export interface Guess {
	token: string;
	p: number;
}

/** One way of filling a blank: the best candidates and where the true token ranks. */
export interface Ranking {
	top: Guess[];
	/** The true token's probability and rank (1 = the model's first guess); null if unknown. */
	truth: { p: number; rank: number } | null;
}

export interface Fill {
	position: number;
	truth: string;
	corruption: Corruption;
	both: Ranking;
	left: Ranking;
}

function rank(model: NgramModel, p: Float64Array, truth: string, k: number): Ranking {
	const top = topKIndices(p, k).map((w) => ({ token: model.vocab[w], p: p[w] }));
	const id = model.index.get(truth);
	// <unk> and </s> have probability 0: a token the model never read cannot be guessed.
	if (id === undefined || p[id] === 0) return { top, truth: null };
	let ahead = 0;
	for (let w = 0; w < p.length; w++) if (p[w] > p[id]) ahead++;
	return { top, truth: { p: p[id], rank: ahead + 1 } };
}

/**
 * Rankings already worked out, per model. A blank's ranking depends only on the tokens the model
 * reads around it (order − 1 on each side, and whether the sentence ends there), so as the mask
 * rate is dragged most blanks keep theirs and are not filled again.
 */
const rankings = new WeakMap<NgramModel, Map<string, { both: Ranking; left: Ranking }>>();
const KEPT_RANKINGS = 2000;

/** Fills every chosen position from both sides and from the left alone, k guesses each. */
export function fillBlanks(
	model: NgramModel,
	tokens: readonly string[],
	corruptions: ReadonlyMap<number, Corruption>,
	k: number
): Fill[] {
	const input = blankedInput(tokens, corruptions);
	let known = rankings.get(model);
	if (!known) rankings.set(model, (known = new Map()));
	return [...corruptions].map(([i, corruption]) => {
		const from = Math.max(0, i - model.order + 1);
		const to = Math.min(input.length, i + model.order);
		const key = [k, i - from, to === input.length, tokens[i], ...input.slice(from, to)].join(
			'\u0000'
		);
		let ranked = known.get(key);
		if (!ranked) {
			if (known.size >= KEPT_RANKINGS) known.clear();
			ranked = {
				both: rank(model, infillDistribution(model, input, i), tokens[i], k),
				left: rank(model, leftDistribution(model, input, i), tokens[i], k)
			};
			known.set(key, ranked);
		}
		return { position: i, truth: tokens[i], corruption, ...ranked };
	});
}
