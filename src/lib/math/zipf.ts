/**
 * Zipf's law: the r-th most frequent word occurs about C / r^s times. A straight line on a log–log
 * plot, fitted here by least squares: ln count = ln C − s · ln rank.
 */

export interface ZipfFit {
	/** The exponent s (a positive number for counts that fall with rank). */
	s: number;
	/** C, the count the line gives the top-ranked word. */
	c: number;
	/** Share of the variance of ln count the line explains. */
	r2: number;
}

/**
 * Least-squares line through (ln r, ln counts[r − 1]) for ranks r = 1 … n (counts sorted by
 * rank, all > 0). Needs at least two counts.
 */
export function zipfFit(counts: readonly number[]): ZipfFit {
	const n = counts.length;
	if (n < 2) throw new Error(`zipfFit: needs at least 2 counts, got ${n}`);
	let sx = 0;
	let sy = 0;
	for (let i = 0; i < n; i++) {
		if (!(counts[i] > 0)) throw new Error(`zipfFit: counts[${i}] = ${counts[i]} is not > 0`);
		sx += Math.log(i + 1);
		sy += Math.log(counts[i]);
	}
	const mx = sx / n;
	const my = sy / n;
	let sxx = 0;
	let sxy = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = Math.log(i + 1) - mx;
		const dy = Math.log(counts[i]) - my;
		sxx += dx * dx;
		sxy += dx * dy;
		syy += dy * dy;
	}
	const slope = sxy / sxx;
	const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
	return { s: -slope, c: Math.exp(my - slope * mx), r2 };
}

/** Zipf probabilities of ranks 1 … n: r^−s normalised to sum to 1. */
export function zipfProbabilities(n: number, s: number): Float64Array {
	const p = new Float64Array(n);
	let sum = 0;
	for (let r = 1; r <= n; r++) sum += p[r - 1] = Math.pow(r, -s);
	for (let i = 0; i < n; i++) p[i] /= sum;
	return p;
}
