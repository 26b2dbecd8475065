/**
 * 4-bit NormalFloat (NF4), the data type of QLoRA (Dettmers et al., 2023, "QLoRA: Efficient
 * Finetuning of Quantized LLMs", arXiv:2305.14314, §3 and Appendix E): 16 levels placed at
 * quantiles of the standard normal, so that each level is used about equally by normally
 * distributed weights, with an exact zero.
 */
import { normalQuantile } from './erf';

/**
 * The probability at the outermost level: halfway between 1 − 1/(2·15) and 1 − 1/(2·16) (the
 * paper's offset 0.9677083), so that the extreme quantile is finite.
 */
export const NF4_OFFSET = (1 - 1 / 30 + (1 - 1 / 32)) / 2;

/** `count` evenly spaced values from `from` to `to`, both included (numpy's linspace). */
const linspace = (from: number, to: number, count: number) =>
	Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));

/**
 * The 16 NF4 levels, ascending from −1 to 1 with an exact 0: 8 positive quantiles of
 * linspace(offset, ½, 9) and 7 negative ones of linspace(offset, ½, 8) (the zero end dropped
 * from both), plus 0, divided by the largest — asymmetric, so that zero is exact.
 */
export function nf4Levels(): number[] {
	const positive = linspace(NF4_OFFSET, 0.5, 9).slice(0, -1).map(normalQuantile);
	const negative = linspace(NF4_OFFSET, 0.5, 8)
		.slice(0, -1)
		.map((p) => -normalQuantile(p));
	const levels = [...negative, 0, ...positive].sort((a, b) => a - b);
	const max = levels[levels.length - 1];
	return levels.map((v) => v / max);
}

/** The index of the level nearest to x (levels ascending); ties go to the lower level. */
function nearestLevel(levels: readonly number[], x: number): number {
	let lo = 0;
	let hi = levels.length - 1;
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (levels[mid] <= x) lo = mid;
		else hi = mid;
	}
	return x - levels[lo] <= levels[hi] - x ? lo : hi;
}

export interface NF4Quantized {
	/** One level index (0–15) per weight. */
	codes: Uint8Array;
	/** One scale per block: the block's largest absolute weight (its absmax). */
	scales: number[];
	/** level × scale for each weight: what the model computes with. */
	dequantized: Float32Array;
}

/**
 * Quantizes weights to NF4 block by block: each block of `blockSize` weights (the last may be
 * shorter) is divided by its absolute maximum, so it lies in [−1, 1], and each weight takes the
 * nearest level. A block of zeros has scale 0 and dequantizes to zeros.
 */
export function quantizeNF4(weights: ArrayLike<number>, blockSize = 64): NF4Quantized {
	if (!Number.isInteger(blockSize) || blockSize < 1) {
		throw new RangeError(`quantizeNF4: blockSize must be a positive integer, got ${blockSize}`);
	}
	const levels = nf4Levels();
	const n = weights.length;
	const codes = new Uint8Array(n);
	const dequantized = new Float32Array(n);
	const scales: number[] = [];
	for (let start = 0; start < n; start += blockSize) {
		const end = Math.min(n, start + blockSize);
		let absmax = 0;
		for (let i = start; i < end; i++) absmax = Math.max(absmax, Math.abs(weights[i]));
		scales.push(absmax);
		for (let i = start; i < end; i++) {
			const code = nearestLevel(levels, absmax === 0 ? 0 : weights[i] / absmax);
			codes[i] = code;
			dequantized[i] = levels[code] * absmax;
		}
	}
	return { codes, scales, dequantized };
}

/**
 * Storage per weight in bits: 4 for the code plus the block's scale spread over its weights, a
 * 32-bit float per block, or with double quantisation an 8-bit scale per block plus a 32-bit
 * float per `secondBlock` blocks (QLoRA §3: from 32/64 = 0.5 to 8/64 + 32/(64 · 256) ≈ 0.127).
 */
export function nf4BitsPerParameter(
	blockSize = 64,
	doubleQuant = false,
	secondBlock = 256
): number {
	return 4 + (doubleQuant ? 8 / blockSize + 32 / (blockSize * secondBlock) : 32 / blockSize);
}
