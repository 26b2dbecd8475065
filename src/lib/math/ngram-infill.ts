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

/** Whether vocabulary entry `id` can fill a blank (not <unk>, not </s>). */
function candidate(model: NgramModel, id: number): boolean {
	const token = model.vocab[id];
	return token !== UNK && token !== EOS;
}

/** exp of the scores, shifted by their maximum, over the candidates only, divided by their sum. */
function normalise(model: NgramModel, logScores: Float64Array): Float64Array {
	let max = -Infinity;
	for (let w = 0; w < logScores.length; w++) {
		if (candidate(model, w) && logScores[w] > max) max = logScores[w];
	}
	const out = new Float64Array(logScores.length);
	let sum = 0;
	for (let w = 0; w < logScores.length; w++) {
		if (!candidate(model, w)) continue;
		out[w] = Math.exp(logScores[w] - max);
		sum += out[w];
	}
	for (let w = 0; w < out.length; w++) out[w] /= sum;
	return out;
}

/** The model's context for position i: the n − 1 tokens before it (fewer at the start). */
function leftContext(model: NgramModel, tokens: Blanked, i: number): string[] {
	return tokens.slice(Math.max(0, i - model.order + 1), i).map(known);
}

/**
 * ln P(sentence with w at position i), up to a constant shared by every w: the log of the
 * factors above, one entry per vocabulary entry (ids as model.vocab).
 */
export function infillLogScores(model: NgramModel, tokens: Blanked, i: number): Float64Array {
	const V = model.vocab.length;
	const left = leftContext(model, tokens, i);
	const scores = new Float64Array(V);
	for (let w = 0; w < V; w++) scores[w] = model.logProb(left, model.vocab[w]);
	// Each later factor whose context reaches back to position i.
	for (let j = i + 1; j <= Math.min(tokens.length, i + model.order - 1); j++) {
		const predicted = j === tokens.length ? EOS : tokens[j];
		if (predicted === null) continue;
		const from = Math.max(0, j - model.order + 1);
		const context = tokens.slice(from, j).map(known);
		for (let w = 0; w < V; w++) {
			context[i - from] = model.vocab[w];
			scores[w] += model.logProb(context, predicted);
		}
	}
	return scores;
}

/** P(x_i = w | both sides of the sentence) for every vocabulary entry (0 for <unk> and </s>). */
export function infillDistribution(model: NgramModel, tokens: Blanked, i: number): Float64Array {
	return normalise(model, infillLogScores(model, tokens, i));
}

/** P(x_i = w | the left context only), over the same candidates as infillDistribution. */
export function leftDistribution(model: NgramModel, tokens: Blanked, i: number): Float64Array {
	const p = model.distribution(leftContext(model, tokens, i));
	return normalise(model, p.map(Math.log));
}
