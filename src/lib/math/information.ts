/**
 * Entropy, perplexity, cross-entropy and KL divergence. Everything is in bits (log base 2)
 * except perplexityOf, whose inputs are natural-log probabilities as models report them.
 * Terms with p = 0 contribute 0 (the limit of p·log p as p → 0).
 */
import { mean } from './stats';

function checkSameLength(name: string, p: ArrayLike<number>, q: ArrayLike<number>): void {
	if (p.length !== q.length) {
		throw new Error(`${name}: p has ${p.length} entries but q has ${q.length}`);
	}
}

/** H(p) = −Σ p_i log₂ p_i, in bits. */
export function entropy(probs: ArrayLike<number>): number {
	let h = 0;
	for (let i = 0; i < probs.length; i++) if (probs[i] > 0) h -= probs[i] * Math.log2(probs[i]);
	return h;
}

/** 2^H(p): the number of equally likely choices with the same uncertainty as p. */
export function perplexity(probs: ArrayLike<number>): number {
	return 2 ** entropy(probs);
}

/**
 * Perplexity of a token sequence from its per-token natural-log probabilities:
 * exp(−mean log p). Equals 2^(cross-entropy in bits per token).
 */
export function perplexityOf(logProbsNatural: number[]): number {
	if (logProbsNatural.length === 0) throw new Error('perplexityOf: no log-probabilities given');
	return Math.exp(-mean(logProbsNatural));
}

/** H(p, q) = −Σ p_i log₂ q_i, in bits; Infinity if q_i = 0 where p_i > 0. */
export function crossEntropy(p: number[], q: number[]): number {
	checkSameLength('crossEntropy', p, q);
	let h = 0;
	for (let i = 0; i < p.length; i++) if (p[i] > 0) h -= p[i] * Math.log2(q[i]);
	return h;
}

/** D_KL(p ‖ q) = Σ p_i log₂(p_i / q_i), in bits; Infinity if q_i = 0 where p_i > 0. */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
	checkSameLength('klDivergence', p, q);
	let d = 0;
	for (let i = 0; i < p.length; i++) if (p[i] > 0) d += p[i] * Math.log2(p[i] / q[i]);
	return d;
}
