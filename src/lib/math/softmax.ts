/**
 * Softmax and its logarithmic relatives, computed stably.
 *
 * softmax(x, T)_i = exp((x_i − m) / T) / Σ_j exp((x_j − m) / T), with m = max(x).
 * Subtracting m changes nothing mathematically (it cancels) but keeps every exponent ≤ 0,
 * so exp never overflows and the largest term is exactly 1.
 */

function checkTemperature(name: string, temperature: number): void {
	if (!(temperature > 0) || !Number.isFinite(temperature)) {
		throw new Error(
			`${name}: temperature must be a finite number > 0, got ${temperature}` +
				' (for greedy decoding use samplingDistribution with temperature 0)'
		);
	}
}

/** The maximum of x after checking that no entry is NaN or +Infinity. */
function checkedMax(name: string, x: ArrayLike<number>): number {
	if (x.length === 0) throw new Error(`${name}: x is empty`);
	let m = -Infinity;
	for (let i = 0; i < x.length; i++) {
		const v = x[i];
		if (Number.isNaN(v)) throw new Error(`${name}: x[${i}] is NaN`);
		if (v === Infinity) throw new Error(`${name}: x[${i}] is +Infinity`);
		if (v > m) m = v;
	}
	if (m === -Infinity) throw new Error(`${name}: every entry of x is -Infinity`);
	return m;
}

/** Writes softmax(x, temperature) into out (as long as x) and returns it. */
function softmaxInto<Out extends { [i: number]: number; length: number }>(
	x: ArrayLike<number>,
	temperature: number,
	out: Out
): Out {
	checkTemperature('softmax', temperature);
	const m = checkedMax('softmax', x);
	let sum = 0;
	for (let i = 0; i < x.length; i++) {
		const e = Math.exp((x[i] - m) / temperature);
		out[i] = e;
		sum += e;
	}
	for (let i = 0; i < out.length; i++) out[i] /= sum;
	return out;
}

/**
 * Probabilities proportional to exp(x_i / temperature). Entries of -Infinity get probability 0.
 * Throws on NaN or +Infinity entries, on an empty or all -Infinity x, and on temperature ≤ 0.
 */
export function softmax(x: number[], temperature = 1): number[] {
	return softmaxInto(x, temperature, new Array<number>(x.length));
}

/**
 * softmax into a Float64Array: for whole vocabularies, whose arrays live outside the JavaScript
 * heap, so that a slider dragged over 50,257 tokens does not keep the garbage collector busy.
 */
export function softmaxFloat64(x: ArrayLike<number>, temperature = 1): Float64Array {
	return softmaxInto(x, temperature, new Float64Array(x.length));
}

/**
 * log softmax(x, T)_i = z_i − log Σ_j exp(z_j), with z = (x − max) / T.
 * More accurate than Math.log(softmax(...)) for tiny probabilities, which would underflow to 0.
 */
export function logSoftmax(x: number[], temperature = 1): number[] {
	checkTemperature('logSoftmax', temperature);
	const m = checkedMax('logSoftmax', x);
	const z = x.map((v) => (v - m) / temperature);
	let sum = 0;
	for (const v of z) sum += Math.exp(v);
	const lse = Math.log(sum);
	return z.map((v) => v - lse);
}

/**
 * log Σ exp(x_i), computed as m + log Σ exp(x_i − m) so that it neither overflows nor underflows.
 * Returns -Infinity for an empty or all -Infinity x (log 0), +Infinity if any entry is
 * +Infinity, and throws on NaN.
 */
export function logSumExp(x: number[]): number {
	let m = -Infinity;
	for (let i = 0; i < x.length; i++) {
		if (Number.isNaN(x[i])) throw new Error(`logSumExp: x[${i}] is NaN`);
		if (x[i] > m) m = x[i];
	}
	if (m === -Infinity || m === Infinity) return m;
	let sum = 0;
	for (const v of x) sum += Math.exp(v - m);
	return m + Math.log(sum);
}

/**
 * For teaching only: e^x_i / Σ_j e^x_j exactly as the textbook formula reads, WITHOUT subtracting
 * the maximum. exp overflows to Infinity above x ≈ 709.78, so naiveSoftmax([1000, 1001]) gives
 * Infinity / Infinity = NaN in every entry. The softmax demo shows this failure on purpose;
 * use softmax() for real work.
 */
export function naiveSoftmax(x: number[]): number[] {
	const e = x.map(Math.exp);
	const sum = e.reduce((a, b) => a + b, 0);
	return e.map((v) => v / sum);
}
