/**
 * What the top-k / top-p demo reads off the sampling pipeline: which filters a mode switches on,
 * which step cut each token, how many tokens each step leaves, and how many each filter would
 * keep on its own.
 */
import type { SamplingOptions, SamplingSteps } from '$lib/math/sampling';

export const modes = ['top-k', 'top-p', 'both', 'min-p', 'all'] as const;
export type Mode = (typeof modes)[number];

/** The filters a mode switches on. */
export function filtersOf(mode: Mode): { k: boolean; p: boolean; minP: boolean } {
	return {
		k: mode === 'top-k' || mode === 'both' || mode === 'all',
		p: mode === 'top-p' || mode === 'both' || mode === 'all',
		minP: mode === 'min-p' || mode === 'all'
	};
}

export function filterOptions(
	mode: Mode,
	settings: { temperature: number; k: number; p: number; minP: number }
): SamplingOptions {
	const on = filtersOf(mode);
	return {
		temperature: settings.temperature,
		topK: on.k ? settings.k : undefined,
		topP: on.p ? settings.p : undefined,
		minP: on.minP ? settings.minP : undefined
	};
}

/** The pipeline's steps in the order they run (temperature includes the softmax). */
export const stages = ['temperature', 'topK', 'topP', 'minP'] as const;
export type Stage = (typeof stages)[number];

const outputs = (s: SamplingSteps) => [s.afterTemperature, s.afterTopK, s.afterTopP, s.afterMinP];

/**
 * The first step after which token i has probability 0 (null if it survives).
 * 'temperature' means greedy decoding at T = 0, or a probability too small for a double.
 */
export function cutAt(steps: SamplingSteps, i: number): Stage | null {
	const out = outputs(steps);
	for (let s = 0; s < out.length; s++) if (!(out[s][i] > 0)) return stages[s];
	return null;
}

/** How many tokens have probability above 0 after each step. */
export function survivorCounts(steps: SamplingSteps): Record<Stage, number> {
	const [temperature, topK, topP, minP] = outputs(steps).map((p) => {
		let count = 0;
		for (let i = 0; i < p.length; i++) if (p[i] > 0) count++;
		return count;
	});
	return { temperature, topK, topP, minP };
}

/**
 * The first `count` tokens (in `order`) that each step cut. `survivors` (survivorCounts of the
 * same steps) says how many each step cut, so the scan stops once every list is complete: the
 * survivors lead the order, so it rarely has to go far.
 */
export function cutExamples(
	steps: SamplingSteps,
	order: ArrayLike<number>,
	count: number,
	survivors: Record<Stage, number>
): Record<Stage, number[]> {
	const out = outputs(steps);
	const before = [order.length, survivors.temperature, survivors.topK, survivors.topP];
	const wanted = stages.map((stage, s) => Math.min(count, before[s] - survivors[stage]));
	let missing = wanted.reduce((a, b) => a + b, 0);
	const lists: number[][] = stages.map(() => []);
	const last = out[out.length - 1];
	for (let j = 0; j < order.length && missing > 0; j++) {
		const i = order[j];
		if (last[i] > 0) continue;
		let s = 0;
		while (out[s][i] > 0) s++;
		if (lists[s].length < wanted[s]) {
			lists[s].push(i);
			missing--;
		}
	}
	const [temperature, topK, topP, minP] = lists;
	return { temperature, topK, topP, minP };
}

/** Running sums of probs taken in the given order. */
export function cumulative(probs: ArrayLike<number>, order: ArrayLike<number>): Float64Array {
	const out = new Float64Array(order.length);
	let sum = 0;
	for (let j = 0; j < order.length; j++) out[j] = sum += probs[order[j]];
	return out;
}

/**
 * How many tokens each filter would keep if it ran alone on probs (the distribution after
 * temperature), by the rules of samplingSteps. `order` ranks the tokens, most probable first.
 * Tokens whose probability is already 0 do not count as kept.
 */
export function keptAlone(
	probs: ArrayLike<number>,
	order: ArrayLike<number>,
	settings: { k: number; p: number; minP: number }
): { topK: number; topP: number; minP: number } {
	const n = probs.length;
	let positive = 0;
	let max = 0;
	for (let i = 0; i < n; i++) {
		const v = probs[i];
		if (v > 0) positive++;
		if (v > max) max = v;
	}
	const k = Math.floor(settings.k);
	const topK = k > 0 && k < n ? Math.min(k, positive) : positive;

	let topP = positive;
	if (settings.p < 1) {
		let sum = 0;
		for (let j = 0; j < n; j++) {
			sum += probs[order[j]];
			if (sum >= settings.p) {
				topP = Math.min(j + 1, positive);
				break;
			}
		}
	}

	const threshold = Math.min(settings.minP, 1) * max;
	let minP = 0;
	for (let i = 0; i < n; i++) if (probs[i] > 0 && probs[i] >= threshold) minP++;
	return { topK, topP, minP };
}

/** About `count` ranks from 1 to n, evenly spaced on a log scale, always with 1 and n. */
export function logRanks(n: number, count: number): number[] {
	if (n <= 0) return [];
	if (n <= count) return Array.from({ length: n }, (_, i) => i + 1);
	const ranks = new Set<number>();
	for (let i = 0; i < count; i++) ranks.add(Math.round(n ** (i / (count - 1))));
	ranks.add(n);
	return [...ranks].sort((a, b) => a - b);
}
