/**
 * Turning logits into a next-token distribution (temperature, top-k, top-p, min-p) and drawing
 * tokens from it.
 *
 * The filters run in Hugging Face's order: temperature → softmax → top-k → top-p → min-p. Each
 * filter zeroes the tokens it cuts and renormalises the survivors before the next one looks at
 * them (HF sets cut logits to -Infinity, which is the same thing).
 *
 * Distributions are Float64Arrays: a vocabulary of 50,257 tokens makes arrays of 400 KB, and typed
 * arrays keep them off the JavaScript heap, out of the way of its garbage collector, while a
 * slider is dragged. Logits and probabilities come in as any array of numbers.
 */
import type { Rng } from './rng';
import { softmaxFloat64 } from './softmax';

export interface SamplingOptions {
	/** Default 1. 0 means greedy: all mass on the argmax (lowest index on a tie). */
	temperature?: number;
	/** Keep the k most probable tokens. Undefined, k ≤ 0 or k ≥ n keep all. */
	topK?: number;
	/** Keep the smallest most-probable set whose mass is ≥ p. p ≥ 1 keeps all; p ≤ 0 keeps one. */
	topP?: number;
	/** Keep tokens with probability ≥ minP × the largest probability. 0 or undefined keep all. */
	minP?: number;
}

/**
 * The distribution after each step, for showing which step cut which token. A step that is off
 * passes its input on as the same array (read them, do not write to them).
 */
export interface SamplingSteps {
	afterTemperature: Float64Array;
	afterTopK: Float64Array;
	afterTopP: Float64Array;
	afterMinP: Float64Array;
}

function checkOption(name: string, value: number | undefined): void {
	if (value !== undefined && Number.isNaN(value)) {
		throw new Error(`samplingDistribution: ${name} is NaN`);
	}
}

/** One-hot on the largest logit; the first one wins a tie. */
function greedy(logits: ArrayLike<number>): Float64Array {
	if (logits.length === 0) throw new Error('samplingDistribution: logits is empty');
	let best = -1;
	for (let i = 0; i < logits.length; i++) {
		const v = logits[i];
		if (Number.isNaN(v)) throw new Error(`samplingDistribution: logits[${i}] is NaN`);
		if (v === Infinity) throw new Error(`samplingDistribution: logits[${i}] is +Infinity`);
		if (v > -Infinity && (best < 0 || v > logits[best])) best = i;
	}
	if (best < 0) throw new Error('samplingDistribution: every logit is -Infinity');
	const out = new Float64Array(logits.length);
	out[best] = 1;
	return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The radix sort's working memory, kept between calls and grown as needed: a slider dragged over
 * a 50,257-token vocabulary would otherwise allocate about a megabyte per frame for the collector.
 * The sorted order is used before the next call, and nothing here calls back out, so one set
 * serves every call.
 */
let scratch = { values: new Float64Array(0), indices: new Int32Array(0) };
const count = new Int32Array(0x10000);
function radixScratch(n: number) {
	if (scratch.values.length < n) {
		scratch = { values: new Float64Array(n), indices: new Int32Array(2 * n) };
	}
	const values = scratch.values.subarray(0, n);
	const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
	return { values, words, indices: scratch.indices, count };
}

/**
 * Indices sorted by probability descending, ties by lower index first.
 * A comparator sort of 50,257 indices takes ~10 ms in V8, so this is an LSD radix sort on the
 * IEEE-754 bits instead (~2 ms): for doubles ≥ 0 the bit pattern, read as an unsigned integer,
 * orders exactly like the value. Four stable passes over 16-bit digits of the inverted pattern
 * give descending order, and stability keeps equal probabilities in index order.
 */
function sortDescending(p: Float64Array): Int32Array {
	const n = p.length;
	const { values, words, indices, count } = radixScratch(n);
	values.set(p);
	let src = indices.subarray(0, n);
	let dst = indices.subarray(n, 2 * n);
	for (let i = 0; i < n; i++) src[i] = i;
	for (let pass = 0; pass < 4; pass++) {
		// Least significant digit first: low word, then high word (word order depends on endianness).
		const word = pass < 2 === LITTLE_ENDIAN ? 0 : 1;
		const shift = pass % 2 === 0 ? 0 : 16;
		count.fill(0);
		for (let i = 0; i < n; i++) count[0xffff - ((words[2 * i + word] >>> shift) & 0xffff)]++;
		if (count[0xffff - ((words[word] >>> shift) & 0xffff)] === n) continue; // all share this digit
		let sum = 0;
		for (let d = 0; d < 0x10000; d++) {
			const c = count[d];
			count[d] = sum;
			sum += c;
		}
		for (let j = 0; j < n; j++) {
			const i = src[j];
			dst[count[0xffff - ((words[2 * i + word] >>> shift) & 0xffff)]++] = i;
		}
		[src, dst] = [dst, src];
	}
	return src;
}

function normalise(p: Float64Array): Float64Array {
	let sum = 0;
	// Indexed loops over whole vocabularies: `for…of` allocates for every entry until V8 optimises.
	for (let i = 0; i < p.length; i++) sum += p[i];
	for (let i = 0; i < p.length; i++) p[i] /= sum;
	return p;
}

/** p with only order[0 .. count) kept, renormalised. */
function keepLeading(p: Float64Array, order: ArrayLike<number>, count: number): Float64Array {
	const out = new Float64Array(p.length);
	for (let j = 0; j < count; j++) out[order[j]] = p[order[j]];
	return normalise(out);
}

/** The distribution after temperature alone: softmax(logits / T), or greedy's one-hot at T = 0. */
export function temperatureStep(logits: ArrayLike<number>, temperature = 1): Float64Array {
	checkOption('temperature', temperature);
	if (temperature < 0) {
		throw new Error(`samplingDistribution: temperature must be ≥ 0, got ${temperature}`);
	}
	return temperature === 0 ? greedy(logits) : softmaxFloat64(logits, temperature);
}

/** The distribution after each filter; the last entry equals samplingDistribution's result. */
export function samplingSteps(
	logits: ArrayLike<number>,
	opts: SamplingOptions = {}
): SamplingSteps {
	return filterSteps(temperatureStep(logits, opts.temperature ?? 1), opts);
}

/**
 * samplingSteps from a distribution already through temperature (`opts.temperature` is not
 * read): a view that moves only k, p or min-p keeps its `afterTemperature` instead of
 * recomputing it over the whole vocabulary.
 *
 * `order` ranks the tokens most probable first, for a caller that already has a ranking: the
 * order of the logits is the order at every T > 0, so a view can sort once per distribution
 * instead of once per move of T, k or p. Any ranking consistent with afterTemperature will do;
 * among equal probabilities it decides which are kept. Without it the tokens are sorted here,
 * equal probabilities by lower index first.
 */
export function filterSteps(
	afterTemperature: Float64Array,
	opts: SamplingOptions = {},
	order?: ArrayLike<number>
): SamplingSteps {
	const { topK, topP, minP } = opts;
	checkOption('topK', topK);
	checkOption('topP', topP);
	checkOption('minP', minP);
	const n = afterTemperature.length;

	const k = topK === undefined ? 0 : Math.floor(topK);
	const kActive = k > 0 && k < n;
	const pActive = topP !== undefined && topP < 1;
	// Renormalising never reorders the survivors, so one sort serves both filters.
	const ranked = kActive || pActive ? (order ?? sortDescending(afterTemperature)) : null;

	// `alive`: how many leading entries of `ranked` are still in play.
	// A step that cuts nothing passes its input on: the same array, not a copy.
	let alive = n;
	let afterTopK = afterTemperature;
	if (kActive && ranked) {
		alive = k;
		afterTopK = keepLeading(afterTemperature, ranked, alive);
	}

	let afterTopP = afterTopK;
	if (pActive && ranked) {
		let cum = 0;
		let j = 0;
		while (j < alive) {
			cum += afterTopK[ranked[j++]];
			if (cum >= topP) break; // the token that reaches p is kept; always at least one
		}
		alive = j;
		afterTopP = keepLeading(afterTopK, ranked, alive);
	}

	let afterMinP = afterTopP;
	if (minP !== undefined && minP > 0) {
		let max = 0;
		for (let i = 0; i < n; i++) if (afterTopP[i] > max) max = afterTopP[i];
		const threshold = Math.min(minP, 1) * max; // minP > 1 would otherwise cut everything
		afterMinP = afterTopP.map((v) => (v < threshold ? 0 : v));
		normalise(afterMinP);
	}
	return { afterTemperature, afterTopK, afterTopP, afterMinP };
}

/**
 * The next-token distribution after temperature, top-k, top-p and min-p (in that order):
 * same length as logits, zeros where a token was cut, summing to 1.
 */
export function samplingDistribution(
	logits: ArrayLike<number>,
	opts: SamplingOptions = {}
): Float64Array {
	return samplingSteps(logits, opts).afterMinP;
}

/** Checks that probs are usable weights and returns their sum. */
function checkedTotal(name: string, probs: ArrayLike<number>): number {
	let total = 0;
	for (let i = 0; i < probs.length; i++) {
		const v = probs[i];
		if (!(v >= 0) || v === Infinity) throw new Error(`${name}: probs[${i}] is ${v}`);
		total += v;
	}
	if (!(total > 0)) throw new Error(`${name}: probs has no positive entry`);
	return total;
}

/**
 * One index drawn by inverse CDF: the first i whose cumulative weight exceeds u · total, where
 * u = rng(). Weights need not sum exactly to 1. An index with probability 0 is never returned:
 * if rounding leaves u · total at or past the last cumulative value, the last positive index wins.
 */
export function sample(probs: ArrayLike<number>, rng: Rng): number {
	const total = checkedTotal('sample', probs);
	const u = rng() * total;
	let cum = 0;
	let last = -1;
	for (let i = 0; i < probs.length; i++) {
		if (probs[i] > 0) {
			cum += probs[i];
			last = i;
			if (u < cum) return i;
		}
	}
	return last;
}

/**
 * n indices drawn independently: builds the cumulative array once and binary-searches it per
 * draw. Consumes rng exactly like n calls to sample() and returns the same indices.
 */
export function sampleMany(probs: ArrayLike<number>, n: number, rng: Rng): number[] {
	const total = checkedTotal('sampleMany', probs);
	const cum = new Float64Array(probs.length);
	let acc = 0;
	let last = -1;
	for (let i = 0; i < probs.length; i++) {
		acc += probs[i];
		cum[i] = acc;
		if (probs[i] > 0) last = i;
	}
	const out: number[] = [];
	for (let draw = 0; draw < n; draw++) {
		const u = rng() * total;
		// Smallest i with cum[i] > u; it always has probs[i] > 0, else cum[i − 1] = cum[i] > u.
		let lo = 0;
		let hi = last;
		if (u >= cum[last]) {
			out.push(last);
			continue;
		}
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (cum[mid] > u) hi = mid;
			else lo = mid + 1;
		}
		out.push(lo);
	}
	return out;
}
