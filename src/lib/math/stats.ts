/** Summary statistics of a list of numbers: mean, standard deviation, histogram. */
import { checkSize } from './check-size';

/** The arithmetic mean, summed in index order; NaN for no values. */
export function mean(xs: ArrayLike<number>): number {
	let sum = 0;
	for (let i = 0; i < xs.length; i++) sum += xs[i];
	return sum / xs.length;
}

/**
 * The population standard deviation √(Σ(x − mean)² / n), dividing by n, not n − 1: the spread of
 * these numbers themselves, not an estimate for a larger population. NaN for no values.
 */
export function standardDeviation(xs: ArrayLike<number>): number {
	const m = mean(xs);
	let sum = 0;
	for (let i = 0; i < xs.length; i++) sum += (xs[i] - m) ** 2;
	return Math.sqrt(sum / xs.length);
}

/**
 * Counts of xs in `bins` equal bins over [lo, hi] (lo < hi): bin b holds
 * [lo + b·w, lo + (b + 1)·w) with w = (hi − lo) / bins. Values outside fall into the end bins, so
 * every number is counted once; NaN is not counted.
 */
export function histogram(xs: ArrayLike<number>, lo: number, hi: number, bins: number): number[] {
	checkSize('histogram', 'bins', bins, 1);
	if (!(lo < hi)) throw new Error(`histogram: need lo < hi, got [${lo}, ${hi}]`);
	const counts = new Array<number>(bins).fill(0);
	const width = (hi - lo) / bins;
	for (let i = 0; i < xs.length; i++) {
		const x = xs[i];
		if (Number.isNaN(x)) continue;
		const b = Math.floor((x - lo) / width);
		counts[Math.min(bins - 1, Math.max(0, b))]++;
	}
	return counts;
}
