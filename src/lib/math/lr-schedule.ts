/**
 * Learning-rate schedules as functions of the step t = 0, 1, …: linear warm-up, then cosine
 * decay (Loshchilov & Hutter, 2017, "SGDR", eq. 5, without restarts); and the exponentially
 * growing rate of a learning-rate range test.
 */

export interface WarmupCosine {
	/** The rate reached at the end of the warm-up. */
	peak: number;
	/** Steps of linear warm-up: step t < warmup uses peak·(t + 1)/warmup. */
	warmup: number;
	/** Steps in all; the cosine runs from step `warmup` to step `total` − 1. */
	total: number;
	/** The rate at the end of the decay (default 0). */
	floor?: number;
	/** false holds the peak after the warm-up instead of decaying. */
	decay?: boolean;
}

export function warmupCosine(t: number, s: WarmupCosine): number {
	const floor = s.floor ?? 0;
	if (t < s.warmup) return (s.peak * (t + 1)) / s.warmup;
	if (s.decay === false) return s.peak;
	const span = s.total - 1 - s.warmup;
	const progress = span <= 0 ? 1 : Math.min(1, (t - s.warmup) / span);
	return floor + 0.5 * (s.peak - floor) * (1 + Math.cos(Math.PI * progress));
}

/** The rate at step t of `steps` growing geometrically from `min` (t = 0) to `max` (t = steps − 1). */
export function exponentialRate(t: number, min: number, max: number, steps: number): number {
	return steps <= 1 ? min : min * (max / min) ** (t / (steps - 1));
}
