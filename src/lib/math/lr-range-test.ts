/**
 * Reading a learning-rate range test (Smith, 2017, "Cyclical Learning Rates for Training Neural
 * Networks", WACV, §3.3): train briefly while the rate grows, watch the loss against the rate, and
 * take a rate where the loss falls fastest, below where it is lowest and long before it blows up.
 */

export interface RangeSuggestion {
	/** The loss smoothed by an exponential moving average with bias correction. */
	smoothed: number[];
	/** Index of the suggested rate (-1 when too few points come before the lowest loss). */
	index: number;
	lr: number;
	/** Index of the lowest smoothed loss before the blow-up. */
	lowest: number;
	/** First index where the smoothed loss exceeds `blowUp` × its minimum so far (or the length). */
	divergedAt: number;
}

/** EMA of xs with factor β and the bias correction 1/(1 − βᵗ), as in fast.ai's lr_find. */
export function smoothLosses(losses: readonly number[], beta = 0.95): number[] {
	let avg = 0;
	return losses.map((loss, i) => {
		avg = beta * avg + (1 - beta) * loss;
		return avg / (1 - beta ** (i + 1));
	});
}

/**
 * The rate where the smoothed loss falls fastest per unit of log(lr): the steepest negative slope
 * over a window of ±`window` points, searched between the first `window` points (where the average
 * has barely started) and the lowest loss.
 */
export function suggestRate(
	lrs: readonly number[],
	losses: readonly number[],
	{ beta = 0.95, blowUp = 4, window = 5 } = {}
): RangeSuggestion {
	const smoothed = smoothLosses(losses, beta);
	let lowest = -1;
	let divergedAt = smoothed.length;
	for (let i = 0; i < smoothed.length; i++) {
		const best = lowest < 0 ? Infinity : smoothed[lowest];
		if (!Number.isFinite(smoothed[i]) || smoothed[i] > blowUp * best) {
			divergedAt = i;
			break;
		}
		// A fall smaller than rounding is no fall (a flat curve has no lowest point past its first).
		if (lowest < 0 || smoothed[i] < best - 1e-12 * Math.abs(best)) lowest = i;
	}
	let index = -1;
	let steepest = 0;
	for (let i = window; i + window <= lowest; i++) {
		const a = i - window;
		const b = i + window;
		const slope = (smoothed[b] - smoothed[a]) / (Math.log(lrs[b]) - Math.log(lrs[a]));
		if (slope < steepest) {
			steepest = slope;
			index = i;
		}
	}
	return { smoothed, index, lr: index < 0 ? NaN : lrs[index], lowest, divergedAt };
}
