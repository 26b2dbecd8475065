/**
 * The Word Embedding Association Test (Caliskan, Bryson & Narayanan, 2017, "Semantics derived
 * automatically from language corpora contain human-like biases", Science 356, its Methods), with
 * two target sets X, Y (e.g. occupations) and two attribute sets A, B (e.g. male and female names):
 *
 *   s(w, A, B) = mean_{a∈A} cos(w, a) − mean_{b∈B} cos(w, b)
 *   s(X, Y, A, B) = Σ_{x∈X} s(x, A, B) − Σ_{y∈Y} s(y, A, B)                 (the test statistic)
 *   d = (mean_{x∈X} s(x, A, B) − mean_{y∈Y} s(y, A, B)) / std-dev_{w∈X∪Y} s(w, A, B)
 *   p = Pr_i[s(X_i, Y_i, A, B) > s(X, Y, A, B)] over the equal-size partitions (X_i, Y_i) of X ∪ Y
 *
 * std-dev is the sample standard deviation (n − 1), the reading under which replications of the
 * paper reproduce its d values. Here the p-value is exact: every partition is enumerated.
 */
import { cosine } from './linalg';

/** s(w, A, B): how much closer w is to A than to B, in mean cosine. */
export function association(w: number[], A: number[][], B: number[][]): number {
	if (A.length === 0 || B.length === 0) throw new Error('association: A and B must not be empty');
	const meanCos = (S: number[][]) => S.reduce((sum, v) => sum + cosine(w, v), 0) / S.length;
	return meanCos(A) - meanCos(B);
}

export interface Weat {
	/** s(x, A, B) for each x in X, and for each y in Y. */
	sX: number[];
	sY: number[];
	/** s(X, Y, A, B). */
	statistic: number;
	/** d; NaN when every s(w, A, B) is the same (0 / 0: nothing left to measure). */
	effectSize: number;
	/** The one-sided permutation p-value, exact. */
	pValue: number;
	/** How many partitions the p-value counted. */
	partitions: number;
}

/** Exact enumeration stops here: C(20, 10) = 184,756 partitions. */
const MAX_WORDS = 20;

export function weat(X: number[][], Y: number[][], A: number[][], B: number[][]): Weat {
	if (X.length === 0 || Y.length === 0) throw new Error('weat: X and Y must not be empty');
	if (X.length + Y.length > MAX_WORDS) {
		throw new Error(`weat: at most ${MAX_WORDS} target words for an exact p-value`);
	}
	const sX = X.map((x) => association(x, A, B));
	const sY = Y.map((y) => association(y, A, B));
	const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
	const statistic = sum(sX) - sum(sY);
	const all = [...sX, ...sY];
	const mean = sum(all) / all.length;
	const sd = Math.sqrt(sum(all.map((s) => (s - mean) ** 2)) / (all.length - 1));
	const gap = sum(sX) / sX.length - sum(sY) / sY.length;
	const effectSize = sd > 1e-12 ? gap / sd : NaN;

	// Σ X_i − Σ Y_i = 2 Σ X_i − Σ all, so a partition is judged by the sum of its X side.
	const total = sum(all);
	let above = 0;
	let partitions = 0;
	const tolerance = 1e-12 * (1 + Math.abs(statistic));
	const choose = (start: number, left: number, partial: number) => {
		if (left === 0) {
			partitions++;
			if (2 * partial - total > statistic + tolerance) above++;
			return;
		}
		for (let i = start; i <= all.length - left; i++) choose(i + 1, left - 1, partial + all[i]);
	};
	choose(0, sX.length, 0);
	return { sX, sY, statistic, effectSize, pValue: above / partitions, partitions };
}
