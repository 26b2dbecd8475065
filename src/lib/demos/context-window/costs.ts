/** The costs of a window of N tokens for a published configuration, at N and along a range of N. */
import { attentionFlops } from '$lib/math/attention-cost';
import { kvCacheBytes } from '$lib/math/kv-cache';
import type { DecoderShape } from '$lib/math/model-size';

/** bf16: two bytes per cached value. */
export const BYTES_PER_VALUE = 2;

export interface WindowCost {
	n: number;
	/** Scores and weighted sums over the window, all layers and heads. */
	flops: number;
	/** The cache of one sequence of n tokens, grouped-query aware. */
	cacheBytes: number;
	/** The same cache if every query head kept its own keys and values. */
	cacheBytesAllHeads: number;
}

export function windowCost(shape: DecoderShape, n: number): WindowCost {
	const { layers, heads, kvHeads, headDim } = shape;
	const cache = (kv: number) =>
		kvCacheBytes({
			layers,
			kvHeads: kv,
			headDim,
			seqLen: n,
			batch: 1,
			bytesPerValue: BYTES_PER_VALUE
		});
	return {
		n,
		flops: attentionFlops({ layers, heads, headDim, seqLen: n }),
		cacheBytes: cache(kvHeads),
		cacheBytesAllHeads: cache(heads)
	};
}

/** Powers of two from `from` up to `to`, with `to` itself last (the model's context length). */
export function lengthsUpTo(from: number, to: number): number[] {
	const lengths: number[] = [];
	for (let n = from; n < to; n *= 2) lengths.push(n);
	lengths.push(to);
	return lengths;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 8796093022208 → "8.80 × 10¹²"; below 10⁴ the number itself. */
export function scientific(x: number): string {
	if (x < 1e4) return String(x);
	const [mantissa, exponent] = x.toExponential(2).split('e+');
	return `${mantissa} × 10${[...exponent].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
}

/** Powers of `base` within [lo, hi]: the ticks of a log axis. */
export function powerTicks(lo: number, hi: number, base: number): number[] {
	const ticks: number[] = [];
	for (
		let v = base ** Math.ceil(Math.log(lo) / Math.log(base) - 1e-9);
		v <= hi * (1 + 1e-9);
		v *= base
	) {
		ticks.push(v);
	}
	return ticks;
}

/** A tick label short enough for an axis: 1024 → "1K", 2²⁸ → "256M" (binary multiples). */
export function shortBinary(x: number): string {
	const units = ['', 'K', 'M', 'G', 'T'];
	let u = 0;
	while (x >= 1024 && u < units.length - 1) {
		x /= 1024;
		u++;
	}
	return `${Number(x.toPrecision(3))}${units[u]}`;
}

/** 10¹² → "10¹²": a tick label of a power of ten. */
export const powerOfTen = (x: number): string =>
	`10${[...String(Math.round(Math.log10(x)))].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
