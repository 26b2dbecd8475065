/**
 * A model of errors in step-by-step reasoning (not a language model): every step of a chain is
 * right with probability p, independently. A chain of k steps is right only if every step is, so
 * with probability pᵏ; a checker that catches a wrong step with probability c, after which the
 * step is done again, raises the per-step accuracy to p / (p + (1 − p)(1 − c)).
 */
import type { Rng } from './rng';

/** pᵏ: the chance that all k independent steps, each right with probability p, are right. */
export function chainSuccess(p: number, k: number): number {
	return p ** k;
}

/**
 * The chance that a step ends right when a checker catches each wrong attempt with probability c
 * and the step is redone until an attempt passes: p / (p + (1 − p)(1 − c)), since an attempt
 * passes right with probability p and passes wrong with (1 − p)(1 − c). The checker never rejects
 * a right step. With p = 0 nothing is ever right (0).
 */
export function checkedStepSuccess(p: number, c: number): number {
	const passes = p + (1 - p) * (1 - c);
	return passes > 0 ? p / passes : 0;
}

/** Expected attempts per step under that checker: 1 / (p + (1 − p)(1 − c)). */
export function expectedAttempts(p: number, c: number): number {
	return 1 / (p + (1 - p) * (1 - c));
}

/** One simulated step with a checker: whether it ended right, and how many attempts it took. */
export function simulateStep(p: number, c: number, rng: Rng): { right: boolean; attempts: number } {
	// A checker that always catches a step that is never right would loop for ever: give up.
	for (let attempts = 1; attempts <= 1000; attempts++) {
		if (rng() < p) return { right: true, attempts };
		if (rng() >= c) return { right: false, attempts };
	}
	return { right: false, attempts: 1000 };
}

/** The share of `trials` simulated chains of k steps that end right (c = 0: no checker). */
export function simulateChains(p: number, k: number, c: number, trials: number, rng: Rng): number {
	let right = 0;
	for (let t = 0; t < trials; t++) {
		let ok = true;
		for (let s = 0; s < k; s++) if (!simulateStep(p, c, rng).right) ok = false;
		if (ok) right++;
	}
	return trials > 0 ? right / trials : 0;
}
