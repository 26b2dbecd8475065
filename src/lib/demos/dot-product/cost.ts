/** The size of the attention-score matrix against sequence length, for the log–log cost chart. */
import { attentionCost } from '$lib/math/attention';
import { logSpaced } from './log-spaced';

export const MIN_LENGTH = 16;
export const MAX_LENGTH = 131072;

export type CostPoint = {
	n: number;
	full: number;
	causal: number;
	slidingWindow: number;
	blockSparse: number;
};

/** Score entries per pattern at lengths from MIN_LENGTH to MAX_LENGTH (closed forms, no matrices). */
export function costSeries(window: number, block: number, perOctave = 4): CostPoint[] {
	return logSpaced(MIN_LENGTH, MAX_LENGTH, perOctave).map((n) => costAt(n, window, block));
}

export function costAt(n: number, window: number, block: number): CostPoint {
	const c = attentionCost(n, { window, block });
	return {
		n,
		full: c.full.entries,
		causal: c.causal.entries,
		slidingWindow: c.slidingWindow!.entries,
		blockSparse: c.blockSparse!.entries
	};
}

const SI = ['', 'k', 'M', 'G', 'T', 'P'];

/** 17179869184 → "17.2G": SI prefixes, three significant digits; below 1000 the integer. */
export function formatCount(x: number): string {
	let u = 0;
	let v = x;
	while (Math.abs(v) >= 1000 && u < SI.length - 1) {
		v /= 1000;
		u++;
	}
	return u === 0 ? String(Math.round(v)) : `${Number(v.toPrecision(3))}${SI[u]}`;
}
