/**
 * Uniform (integer) quantisation with absmax scaling, the baseline NF4 is compared against
 * (Dettmers et al., 2022, "LLM.int8()", §2: x_int = round((2^(b−1) − 1) · x / absmax)): per block,
 * divide by the largest |x| and round to one of the 2^b − 1 evenly spaced levels k / (2^(b−1) − 1).
 */

export interface AbsmaxQuantized {
	/** The integer k of each weight, in [−(2^(b−1) − 1), 2^(b−1) − 1]. */
	codes: Int8Array;
	/** One scale per block: its largest absolute weight. */
	scales: number[];
	dequantized: Float32Array;
}

/** The levels in [−1, 1] that b-bit absmax quantisation can give, ascending. */
export function absmaxLevels(bits = 4): number[] {
	const top = 2 ** (bits - 1) - 1;
	return Array.from({ length: 2 * top + 1 }, (_, i) => (i - top) / top);
}

export function quantizeAbsmax(
	weights: ArrayLike<number>,
	bits = 4,
	blockSize = 64
): AbsmaxQuantized {
	if (!Number.isInteger(bits) || bits < 2 || bits > 8) {
		throw new RangeError(`quantizeAbsmax: bits must be an integer from 2 to 8, got ${bits}`);
	}
	if (!Number.isInteger(blockSize) || blockSize < 1) {
		throw new RangeError(`quantizeAbsmax: blockSize must be a positive integer, got ${blockSize}`);
	}
	const top = 2 ** (bits - 1) - 1;
	const n = weights.length;
	const codes = new Int8Array(n);
	const dequantized = new Float32Array(n);
	const scales: number[] = [];
	for (let start = 0; start < n; start += blockSize) {
		const end = Math.min(n, start + blockSize);
		let absmax = 0;
		for (let i = start; i < end; i++) absmax = Math.max(absmax, Math.abs(weights[i]));
		scales.push(absmax);
		for (let i = start; i < end; i++) {
			codes[i] = absmax === 0 ? 0 : Math.round((top * weights[i]) / absmax);
			// From the stored code, so −0 comes back as 0 like every other zero.
			dequantized[i] = (codes[i] / top) * absmax;
		}
	}
	return { codes, scales, dequantized };
}

/** √(mean of (a_i − b_i)²): the error of a quantisation, in the weights' own units. */
export function rootMeanSquareError(a: ArrayLike<number>, b: ArrayLike<number>): number {
	if (a.length !== b.length || a.length === 0) {
		throw new RangeError(`rootMeanSquareError: lengths ${a.length} and ${b.length}`);
	}
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += (a[i] - b[i]) ** 2;
	return Math.sqrt(sum / a.length);
}
