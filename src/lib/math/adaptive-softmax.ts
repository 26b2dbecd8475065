/**
 * The adaptive softmax (Grave, Joulin, Cissé, Grangier and Jégou, 2017, "Efficient softmax
 * approximation for GPUs", ICML, §4): words sorted by frequency are split at cutoffs into a head
 * (the k_h most frequent words) and tail clusters. The head softmax scores its k_h words plus one
 * entry per tail cluster; a word of tail cluster i gets p(cluster i) · p(word | cluster i), where
 * the second softmax runs over that cluster only, on the hidden state projected down to d / 4^i
 * (the paper's reduced capacity for rarer words).
 */
import { logSumExp, softmax } from './softmax';

/** One part of the output layer: the head (index 0) or a tail cluster. */
export interface ClusterCost {
	/** Ranks start … end − 1 (0-based) of the words in it. */
	start: number;
	end: number;
	/** Width of the hidden state its softmax reads: d for the head, ⌊d / 4^i⌋ for tail i. */
	dim: number;
	/** Total frequency of its words: how often a token needs this part. */
	mass: number;
	/** Multiply-adds when a token needs it: dim · outputs, plus d · dim for a tail's projection. */
	cost: number;
}

export interface AdaptiveCost {
	/** Multiply-adds per token of the full softmax: d · V. */
	full: number;
	/** The head first (outputs k_h + J), then the J tail clusters. */
	parts: ClusterCost[];
	/** Head cost + Σ mass_i · cost_i: the mean cost per token over the frequencies. */
	expected: number;
	speedup: number;
}

/**
 * Cutoffs made usable for a vocabulary of V words: whole numbers, strictly increasing, each in
 * 1 … V − 1 (duplicates and out-of-range values dropped).
 */
export function validCutoffs(cutoffs: readonly number[], vocab: number): number[] {
	const out: number[] = [];
	for (const c of cutoffs.map(Math.round)) {
		if (c >= 1 && c < vocab && (out.length === 0 || c > out[out.length - 1])) out.push(c);
	}
	return out;
}

/** Running sums of word frequencies by rank: cum[r] is the total of the first r (cum[0] = 0). */
export function cumulativeFrequencies(frequencies: ArrayLike<number>): Float64Array {
	const cum = new Float64Array(frequencies.length + 1);
	for (let i = 0; i < frequencies.length; i++) cum[i + 1] = cum[i] + frequencies[i];
	return cum;
}

/**
 * Cost per token of the full and the adaptive softmax for a hidden state of width d, words whose
 * frequencies (by rank, summing to 1) have the running sums `cumulative` (cumulativeFrequencies:
 * computed once, so that moving a cutoff costs nothing per word), and cutoffs (see
 * validCutoffs), tail i's width ⌊d / divValue^i⌋ (at least 1). The expected cost is that of
 * training, or of scoring one given word: a token computes the head, and its word's cluster only.
 */
export function adaptiveSoftmaxCost(
	d: number,
	cumulative: ArrayLike<number>,
	cutoffs: readonly number[],
	divValue = 4
): AdaptiveCost {
	const vocab = cumulative.length - 1;
	const cuts = validCutoffs(cutoffs, vocab);
	const bounds = [0, ...cuts, vocab];
	const mass = (start: number, end: number) => cumulative[end] - cumulative[start];
	const parts: ClusterCost[] = bounds.slice(0, -1).map((start, i) => {
		const end = bounds[i + 1];
		if (i === 0) {
			const outputs = end + cuts.length;
			return { start, end, dim: d, mass: 1, cost: d * outputs };
		}
		const dim = Math.max(1, Math.floor(d / Math.pow(divValue, i)));
		return { start, end, dim, mass: mass(start, end), cost: d * dim + dim * (end - start) };
	});
	const expected = parts.reduce((sum, p) => sum + p.mass * p.cost, 0);
	return { full: d * vocab, parts, expected, speedup: (d * vocab) / expected };
}

/** The part (0 = head, i = tail cluster i) that holds the word of the given 0-based rank. */
export function clusterOf(rank: number, cutoffs: readonly number[]): number {
	let i = 0;
	while (i < cutoffs.length && rank >= cutoffs[i]) i++;
	return i;
}

/**
 * Every word's probability under the two-level softmax: `headScores` holds the k_h head words'
 * scores and then one score per tail cluster, `tailScores[i]` the scores of the words of tail
 * cluster i + 1. Head words get softmax(head); a tail word p(cluster) · softmax(its cluster).
 */
export function adaptiveProbabilities(
	headScores: readonly number[],
	tailScores: readonly (readonly number[])[]
): number[] {
	const head = softmax([...headScores]);
	const headWords = headScores.length - tailScores.length;
	const out = head.slice(0, headWords);
	tailScores.forEach((scores, i) => {
		const pCluster = head[headWords + i];
		for (const p of softmax([...scores])) out.push(pCluster * p);
	});
	return out;
}

/**
 * The cluster score that makes the two-level softmax equal the flat one: the log-sum-exp of its
 * words' scores (then p(cluster) is exactly the flat softmax's mass on the cluster).
 */
export function exactClusterScore(scores: readonly number[]): number {
	return logSumExp([...scores]);
}
