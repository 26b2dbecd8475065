import { naiveSoftmax, softmax } from '$lib/math/softmax';

/** What goes wrong, if anything, when softmax is computed exactly as the textbook writes it. */
export type NaiveProblem =
	/** Some e^(x/T) is too large for a float64: Infinity, and Infinity / Infinity = NaN. */
	| 'overflow'
	/** Every term fits but their sum does not: each p becomes x / Infinity = 0. */
	| 'sumOverflow'
	/** Every e^(x/T) is too small and rounds to 0: 0 / 0 = NaN. */
	| 'underflow'
	| 'none';

export type FormulaResult = { terms: number[]; sum: number; probs: number[] };

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Softmax at temperature T computed twice in float64: naively, e^(x/T) / Σ e^(x/T), and stably,
 * with m = max(x) subtracted first, e^((x−m)/T) / Σ e^((x−m)/T).
 */
export function compareFormulas(scores: number[], temperature: number) {
	const z = scores.map((x) => x / temperature);
	const m = Math.max(...scores);
	const naiveTerms = z.map(Math.exp);
	const naive: FormulaResult = {
		terms: naiveTerms,
		sum: total(naiveTerms),
		probs: naiveSoftmax(z)
	};
	const stableTerms = scores.map((x) => Math.exp((x - m) / temperature));
	const stable: FormulaResult = {
		terms: stableTerms,
		sum: total(stableTerms),
		probs: softmax(scores, temperature)
	};
	let problem: NaiveProblem = 'none';
	if (naiveTerms.some((e) => e === Infinity)) problem = 'overflow';
	else if (naive.sum === Infinity) problem = 'sumOverflow';
	else if (naive.sum === 0) problem = 'underflow';
	const difference =
		problem === 'none'
			? Math.max(...naive.probs.map((p, i) => Math.abs(p - stable.probs[i])))
			: Infinity;
	return { max: m, naive, stable, problem, difference };
}
