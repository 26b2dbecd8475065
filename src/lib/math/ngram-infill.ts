/**
 * Filling a blank with a left-to-right n-gram model, from both sides: the model gives the whole
 * sentence a probability, so the blank's candidates can be compared by the probability of the
 * sentence each one makes. Only the factors that hold the blank differ between candidates:
 *
 *   P(x_i = w | rest) ∝ P(w | x_{i−n+1} … x_{i−1}) · Π_{k=1}^{n−1} P(x_{i+k} | … w … x_{i+k−1})
 *
 * the left context through the first factor, the right context through the others (x at the
 * sentence's length is </s>). Beside it, the left context alone: P(w | x_{i−n+1} … x_{i−1}).
 *
 * Other blanks (null) are unknown: a factor that predicts one is left out (summed over every
 * token it could be, it is 1), and inside a context one reads as <unk>, as the model would see
 * a [MASK] it never met in training. A blank is a real token, so <unk> and </s> are never
 * candidates: both distributions are over the rest of the vocabulary.
 */
import { EOS, UNK, type NgramModel } from './ngram';

/** A sentence with blanks: null where the token is hidden. */
export type Blanked = readonly (string | null)[];

const known = (token: string | null) => token ?? UNK;

/**
 * The values over the candidates only (0 for <unk> and </s>), divided by their sum. trainNgram puts
 * <unk> and </s> first in the vocabulary, but their ids are looked up rather than assumed.
 */
function normalise(model: NgramModel, values: Float64Array): Float64Array {
	const unk = model.index.get(UNK);
	const eos = model.index.get(EOS);
	let sum = 0;
	for (let w = 0; w < values.length; w++) if (w !== unk && w !== eos) sum += values[w];
	const out = new Float64Array(values.length);
	for (let w = 0; w < values.length; w++) {
		if (w !== unk && w !== eos) out[w] = values[w] / sum;
	}
	return out;
}

/** The model's context for position i: the n − 1 tokens before it (fewer at the start). */
function leftContext(model: NgramModel, tokens: Blanked, i: number): string[] {
	return tokens.slice(Math.max(0, i - model.order + 1), i).map(known);
}

/**
 * P(sentence with w at position i), up to a factor shared by every w: the product of the factors
 * above, one entry per vocabulary entry (ids as model.vocab). A handful of factors of at least
 * about 1/|V| each: no risk of underflow, so it stays in probabilities, not logarithms.
 */
export function infillScores(model: NgramModel, tokens: Blanked, i: number): Float64Array {
	const scores = model.distribution(leftContext(model, tokens, i));
	// Each later factor whose context reaches back to position i.
	for (let j = i + 1; j <= Math.min(tokens.length, i + model.order - 1); j++) {
		const predicted = j === tokens.length ? EOS : tokens[j];
		if (predicted === null) continue;
		const from = Math.max(0, j - model.order + 1);
		const each = model.probEach(tokens.slice(from, j).map(known), i - from, predicted);
		for (let w = 0; w < scores.length; w++) scores[w] *= each[w];
	}
	return scores;
}

/** The best candidate for the blank at i, from both sides and from the left alone (vocabulary ids). */
export function bestFills(
	model: NgramModel,
	tokens: Blanked,
	i: number
): { both: number; left: number } {
	const left = model.distribution(leftContext(model, tokens, i));
	const both = infillScores(model, tokens, i);
	return { both: argmaxCandidate(model, both), left: argmaxCandidate(model, left) };
}

/** The candidate with the highest value (the first on a tie). */
function argmaxCandidate(model: NgramModel, values: Float64Array): number {
	const unk = model.index.get(UNK);
	const eos = model.index.get(EOS);
	let best = -1;
	for (let w = 0; w < values.length; w++) {
		if (w !== unk && w !== eos && (best < 0 || values[w] > values[best])) best = w;
	}
	return best;
}

/** One factor of the sentence's probability that holds the blank: P(token | context). */
export interface InfillFactor {
	/** The context as the model reads it (hidden tokens as <unk>), w in its place. */
	context: string[];
	token: string;
	p: number;
}

/**
 * The factors above for one candidate w, left factor first: their product is what
 * infillDistribution normalises (so it shows where a candidate's probability comes from).
 */
export function infillFactors(
	model: NgramModel,
	tokens: Blanked,
	i: number,
	w: string
): InfillFactor[] {
	const left = leftContext(model, tokens, i);
	const factors = [{ context: left, token: w, p: Math.exp(model.logProb(left, w)) }];
	for (let j = i + 1; j <= Math.min(tokens.length, i + model.order - 1); j++) {
		const predicted = j === tokens.length ? EOS : tokens[j];
		if (predicted === null) continue;
		const from = Math.max(0, j - model.order + 1);
		const context = tokens
			.slice(from, j)
			.map(known)
			.with(i - from, w);
		factors.push({ context, token: predicted, p: Math.exp(model.logProb(context, predicted)) });
	}
	return factors;
}

/** P(x_i = w | both sides of the sentence) for every vocabulary entry (0 for <unk> and </s>). */
export function infillDistribution(model: NgramModel, tokens: Blanked, i: number): Float64Array {
	return normalise(model, infillScores(model, tokens, i));
}

/** P(x_i = w | the left context only), over the same candidates as infillDistribution. */
export function leftDistribution(model: NgramModel, tokens: Blanked, i: number): Float64Array {
	return normalise(model, model.distribution(leftContext(model, tokens, i)));
}
