/**
 * Skip-gram with negative sampling (word2vec: Mikolov, Sutskever, Chen, Corrado & Dean, 2013,
 * “Distributed Representations of Words and Phrases and their Compositionality”, NeurIPS, §2.2
 * negative sampling, §2.3 subsampling). Each word has an input vector v (its embedding) and an
 * output vector u (its role as a context). For a centre word c, a context word o seen near it and
 * k noise words n₁…n_k drawn from the unigram distribution raised to ¾:
 *
 *   L = −log σ(u_o · v_c) − Σ_j log σ(−u_{n_j} · v_c)
 *
 * and its gradients, written by hand (s_o = σ(u_o·v_c), s_j = σ(u_{n_j}·v_c)):
 *
 *   ∂L/∂v_c = (s_o − 1) u_o + Σ_j s_j u_{n_j},   ∂L/∂u_o = (s_o − 1) v_c,   ∂L/∂u_{n_j} = s_j v_c.
 *
 * Vectors live in flat row-major Float64Arrays (vocab × dim), updated in place by SGD.
 */
import type { Rng } from './rng';

export interface SgnsModel {
	vocab: number;
	dim: number;
	/** vocab × dim input vectors v: the word embeddings. */
	input: Float64Array;
	/** vocab × dim output (context) vectors u. */
	output: Float64Array;
}

/**
 * word2vec's start: input vectors uniform in [−0.5/dim, 0.5/dim) from the rng, output vectors
 * zero (so the first gradients move only the output vectors, and the loss starts at (k + 1)·log 2).
 */
export function createSgnsModel(vocab: number, dim: number, rng: Rng): SgnsModel {
	if (!(Number.isInteger(vocab) && vocab > 0 && Number.isInteger(dim) && dim > 0)) {
		throw new Error(
			`createSgnsModel: vocab and dim must be positive integers, got ${vocab}, ${dim}`
		);
	}
	const input = new Float64Array(vocab * dim);
	for (let i = 0; i < input.length; i++) input[i] = (rng() - 0.5) / dim;
	return { vocab, dim, input, output: new Float64Array(vocab * dim) };
}

/**
 * The noise distribution's cumulative sums: P(w) ∝ count(w)^power (¾ in word2vec, which draws
 * rare words more often than their frequency). The last entry is 1.
 */
export function noiseTable(counts: readonly number[], power = 0.75): Float64Array {
	const cdf = new Float64Array(counts.length);
	let total = 0;
	for (let i = 0; i < counts.length; i++) {
		if (!(counts[i] >= 0)) throw new Error(`noiseTable: count ${counts[i]} at ${i}`);
		total += counts[i] ** power;
		cdf[i] = total;
	}
	if (!(total > 0)) throw new Error('noiseTable: no word has a positive count');
	for (let i = 0; i < cdf.length; i++) cdf[i] /= total;
	cdf[cdf.length - 1] = 1;
	return cdf;
}

/** The word a uniform u ∈ [0, 1) picks from a noise table: the first index with cdf > u. */
export function drawNoise(cdf: Float64Array, u: number): number {
	let lo = 0;
	let hi = cdf.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cdf[mid] > u) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/**
 * Subsampling of frequent words (§2.3): a token of a word with corpus frequency f is kept with
 * probability min(1, √(t / f)) — the paper discards it with probability 1 − √(t / f).
 */
export function keepProbability(count: number, total: number, threshold: number): number {
	if (threshold <= 0) return 1;
	return Math.min(1, Math.sqrt(threshold / (count / total)));
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** −log σ(x), computed without overflow for large |x|. */
const negLogSigmoid = (x: number) =>
	x > 0 ? Math.log1p(Math.exp(-x)) : -x + Math.log1p(Math.exp(x));

function rowDot(a: Float64Array, i: number, b: Float64Array, j: number, dim: number): number {
	let s = 0;
	const ai = i * dim;
	const bj = j * dim;
	for (let d = 0; d < dim; d++) s += a[ai + d] * b[bj + d];
	return s;
}

/** L for one (centre, context) pair and its noise words. */
export function pairLoss(
	model: SgnsModel,
	center: number,
	context: number,
	negatives: readonly number[]
): number {
	const { input, output, dim } = model;
	let loss = negLogSigmoid(rowDot(output, context, input, center, dim));
	for (const n of negatives) loss += negLogSigmoid(-rowDot(output, n, input, center, dim));
	return loss;
}

/** ∂L/∂v_c, ∂L/∂u_o and each ∂L/∂u_{n_j} (a word drawn twice gets its terms summed by the caller). */
export function pairGradients(
	model: SgnsModel,
	center: number,
	context: number,
	negatives: readonly number[]
): { center: Float64Array; context: Float64Array; negatives: Float64Array[] } {
	const { input, output, dim } = model;
	const v = input.subarray(center * dim, (center + 1) * dim);
	const gradCenter = new Float64Array(dim);
	const coefficient = (word: number, label: number) =>
		sigmoid(rowDot(output, word, input, center, dim)) - label;
	const outputGradient = (word: number, g: number) => {
		const u = output.subarray(word * dim, (word + 1) * dim);
		for (let d = 0; d < dim; d++) gradCenter[d] += g * u[d];
		return v.map((x) => g * x);
	};
	const gradContext = outputGradient(context, coefficient(context, 1));
	const gradNegatives = negatives.map((n) => outputGradient(n, coefficient(n, 0)));
	return { center: gradCenter, context: gradContext, negatives: gradNegatives };
}

/**
 * One SGD step on one pair at rate lr, in place: every score is computed from the vectors as
 * they were, so the step is exactly −lr times the gradient (word2vec.c updates the output vectors
 * one by one, which differs only when a word is drawn twice). Returns the pair's loss before the
 * step. `scratch` (dim long) holds ∂L/∂v_c between the passes.
 */
export function sgdPair(
	model: SgnsModel,
	center: number,
	context: number,
	negatives: readonly number[],
	lr: number,
	scratch: Float64Array = new Float64Array(model.dim)
): number {
	const { input, output, dim } = model;
	const c = center * dim;
	const k = negatives.length;
	const word = (j: number) => (j === 0 ? context : negatives[j - 1]);
	// ∂L/∂score of each output word: σ(score) − 1 for the context word, σ(score) for a noise word.
	const slope = new Float64Array(k + 1);
	let loss = 0;
	scratch.fill(0);
	for (let j = 0; j <= k; j++) {
		const o = word(j) * dim;
		const score = rowDot(output, word(j), input, center, dim);
		loss += negLogSigmoid(j === 0 ? score : -score);
		slope[j] = sigmoid(score) - (j === 0 ? 1 : 0);
		for (let d = 0; d < dim; d++) scratch[d] += slope[j] * output[o + d];
	}
	for (let j = 0; j <= k; j++) {
		const o = word(j) * dim;
		const step = lr * slope[j];
		for (let d = 0; d < dim; d++) output[o + d] -= step * input[c + d];
	}
	for (let d = 0; d < dim; d++) input[c + d] -= lr * scratch[d];
	return loss;
}

/**
 * The (centre, context) pairs of one centre token: word2vec draws a window b from 1…window for
 * each centre (so nearer words count more), and pairs the centre with the tokens up to b away
 * inside its sentence.
 */
export function contextsOf(
	sentence: ArrayLike<number>,
	position: number,
	window: number,
	rng: Rng
): number[] {
	const b = 1 + Math.floor(rng() * window);
	const out: number[] = [];
	for (let p = Math.max(0, position - b); p <= Math.min(sentence.length - 1, position + b); p++) {
		if (p !== position) out.push(sentence[p]);
	}
	return out;
}

/** One epoch's work: the sentences after subsampling, and their tokens as centres in random order. */
export interface EpochPlan {
	sentences: number[][];
	/** Flat pairs (sentence, position), one per kept token, shuffled. */
	centres: Int32Array;
}

/**
 * Subsamples every sentence (threshold t; 0 keeps every token), then lists each kept token as a
 * centre and shuffles them (Fisher–Yates), all from the rng.
 */
export function epochPlan(
	sentences: readonly (readonly number[])[],
	counts: readonly number[],
	threshold: number,
	rng: Rng
): EpochPlan {
	const total = counts.reduce((a, b) => a + b, 0);
	const keep = counts.map((n) => keepProbability(n, total, threshold));
	const kept = sentences.map((s) => s.filter((w) => keep[w] >= 1 || rng() < keep[w]));
	const size = kept.reduce((a, s) => a + s.length, 0);
	const centres = new Int32Array(2 * size);
	let at = 0;
	kept.forEach((s, i) => {
		for (let p = 0; p < s.length; p++) {
			centres[at++] = i;
			centres[at++] = p;
		}
	});
	for (let i = size - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		for (const o of [0, 1]) {
			const x = centres[2 * i + o];
			centres[2 * i + o] = centres[2 * j + o];
			centres[2 * j + o] = x;
		}
	}
	return { sentences: kept, centres };
}

export interface SgnsSettings {
	/** Largest distance of a context word (word2vec draws 1…window per centre). */
	window: number;
	/** Noise words per (centre, context) pair. */
	negatives: number;
	/** Learning rate of this stretch. */
	lr: number;
}

/**
 * SGD over the plan's centres from index `from` to `to` (exclusive): every pair of each centre,
 * with fresh noise words from the table. Returns the summed loss and the number of pairs.
 */
export function trainCentres(
	model: SgnsModel,
	plan: EpochPlan,
	from: number,
	to: number,
	settings: SgnsSettings,
	noise: Float64Array,
	rng: Rng
): { loss: number; pairs: number } {
	const scratch = new Float64Array(model.dim);
	const negatives = new Array<number>(settings.negatives);
	let loss = 0;
	let pairs = 0;
	for (let i = from; i < to; i++) {
		const sentence = plan.sentences[plan.centres[2 * i]];
		const position = plan.centres[2 * i + 1];
		const center = sentence[position];
		for (const context of contextsOf(sentence, position, settings.window, rng)) {
			for (let j = 0; j < negatives.length; j++) negatives[j] = drawNoise(noise, rng());
			loss += sgdPair(model, center, context, negatives, settings.lr, scratch);
			pairs++;
		}
	}
	return { loss, pairs };
}
