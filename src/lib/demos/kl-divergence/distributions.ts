/**
 * The two editable distributions of the KL demo: weights from the link made into probabilities,
 * and each direction's terms p·log(p/q).
 */
import { klDivergence } from '$lib/math/information';

export const MIN_OUTCOMES = 2;
export const MAX_OUTCOMES = 8;
/** Weights are typed as percentages; they are divided by their sum. */
export const WEIGHT_MAX = 100;

export type Fitted = {
	p: number[];
	q: number[];
	/** Q's list had another length than P's and was cut or padded with zeros. */
	resized: boolean;
	/** P's list was shorter than MIN_OUTCOMES and was padded. */
	padded: boolean;
	/** Which of the two had weights all 0 (then read as uniform). */
	empty: ('p' | 'q')[];
};

/** Weights divided by their sum; all zero reads as uniform. */
export function normalise(weights: readonly number[]): { probs: number[]; empty: boolean } {
	const total = weights.reduce((a, b) => a + b, 0);
	if (total <= 0) return { probs: weights.map(() => 1 / weights.length), empty: true };
	return { probs: weights.map((w) => w / total), empty: false };
}

/** P's weights set the number of outcomes; Q's follow them. */
export function fitDistributions(pWeights: readonly number[], qWeights: readonly number[]): Fitted {
	const pw = [...pWeights];
	while (pw.length < MIN_OUTCOMES) pw.push(1);
	const qw = qWeights.slice(0, pw.length);
	while (qw.length < pw.length) qw.push(0);
	const p = normalise(pw);
	const q = normalise(qw);
	return {
		p: p.probs,
		q: q.probs,
		resized: qWeights.length !== pw.length,
		padded: pw.length !== pWeights.length,
		empty: [...(p.empty ? (['p'] as const) : []), ...(q.empty ? (['q'] as const) : [])]
	};
}

export type Divergence = {
	/** a_i·ln(a_i / b_i) per outcome, in nats: 0 where a_i = 0, +Infinity where b_i = 0 < a_i. */
	terms: number[];
	/** Σ terms in nats (information.klDivergence, converted from bits); Infinity if any term is. */
	total: number;
	/** The outcomes where b is 0 but a is not: each makes the divergence infinite. */
	infiniteAt: number[];
};

/** KL(a‖b) with its terms. */
export function divergence(a: readonly number[], b: readonly number[]): Divergence {
	const terms = a.map((ai, i) => (ai > 0 ? ai * Math.log(ai / b[i]) : 0));
	return {
		terms,
		total: klDivergence([...a], [...b]) * Math.LN2,
		infiniteAt: terms.flatMap((term, i) => (term === Infinity ? [i] : []))
	};
}

/** Editing presets: each shows one thing about KL. */
export const presets = [
	{ id: 'uniform', p: [40, 30, 15, 10, 5], q: [20, 20, 20, 20, 20] },
	{ id: 'close', p: [40, 30, 15, 10, 5], q: [35, 30, 20, 10, 5] },
	{ id: 'qZero', p: [40, 30, 15, 10, 5], q: [50, 30, 20, 0, 0] },
	{ id: 'pZero', p: [60, 30, 10, 0, 0], q: [20, 20, 20, 20, 20] }
] as const;
