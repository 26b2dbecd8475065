/**
 * Count-based word vectors: co-occurrence counts → PPMI → a rank-k factorisation. Because the
 * PPMI matrix here is symmetric, its SVD is its eigendecomposition Σ λ_d u_d u_dᵀ; a word's vector
 * is its row of U·|Λ|^½, scaled to unit length, so that the dot product of two vectors is their
 * cosine similarity.
 */
import { dot, norm } from './linalg';
import { topKIndices } from './order';
import { cooccurrence, ppmi, sparseMatmul } from './ppmi';
import { randomizedSymmetricEigenSteps } from './randomized-eigen';
import { createRng } from './rng';
import { finish, type Steps } from './steps';

export interface WordVectors {
	/** The vocabulary, most frequent first. */
	words: string[];
	index: Map<string, number>;
	/** words.length × dim, unit rows (a word whose PPMI row is empty gets zeros). */
	vectors: number[][];
	/** The eigenvalues λ_d of the PPMI matrix behind each dimension, by descending |λ|. */
	eigenvalues: number[];
}

export interface WordVectorOptions {
	dim: number;
	/** Co-occurrence window in tokens on each side (default 3). */
	window?: number;
	/** Context smoothing exponent of the PPMI (default 0.75). */
	alpha?: number;
	/** Words seen fewer times are left out (default 1: keep every word). */
	minCount?: number;
	/** Seed of the randomized eigensolver. */
	seed?: number;
}

export function trainWordVectors(sentences: string[][], opts: WordVectorOptions): WordVectors {
	return finish(wordVectorSteps(sentences, opts));
}

/** trainWordVectors in steps (see steps.ts), pausing between its stages and solver iterations. */
export function* wordVectorSteps(
	sentences: string[][],
	opts: WordVectorOptions
): Steps<WordVectors> {
	const { dim, window = 3, alpha = 0.75, minCount = 1, seed = 1 } = opts;
	const freq = new Map<string, number>();
	for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
	const words = [...freq]
		.filter(([, n]) => n >= minCount)
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.map(([w]) => w);
	const index = new Map(words.map((w, i) => [w, i]));
	const ids = sentences.map((s) => s.map((w) => index.get(w) ?? -1).filter((i) => i >= 0));
	const counts = cooccurrence(ids, words.length, window);
	yield;
	const m = ppmi(counts, alpha);
	yield;
	const k = Math.min(dim, words.length);
	const { values, vectors } = yield* randomizedSymmetricEigenSteps(
		(B) => sparseMatmul(m, B),
		words.length,
		k,
		createRng(seed)
	);
	const rows = words.map((_, w) => {
		const v = Array.from({ length: dim }, (_, d) =>
			d < k ? vectors[d][w] * Math.sqrt(Math.abs(values[d])) : 0
		);
		const n = Math.hypot(...v);
		return n > 0 ? v.map((x) => x / n) : v;
	});
	return { words, index, vectors: rows, eigenvalues: values };
}

/** The vector of a word, or undefined when the word is not in the vocabulary. */
export function wordVector(model: WordVectors, word: string): number[] | undefined {
	const i = model.index.get(word);
	return i === undefined ? undefined : model.vectors[i];
}

/** The tokens with no vector (looked up in lower case, as the guide's vocabulary is), each once, in order. */
export function unknownWords(model: WordVectors, tokens: readonly string[]): string[] {
	return [...new Set(tokens.filter((w) => !model.index.has(w.toLowerCase())))];
}

/** Each model's row lengths, computed once (the ranking below divides by them). */
const rowNorms = new WeakMap<WordVectors, Float64Array>();

/**
 * The k words whose vectors have the highest cosine with v, best first (ties in vocabulary order),
 * `exclude` left out. One pass keeping the best k (topKIndices), not a sort of the vocabulary.
 */
export function nearestWords(
	model: WordVectors,
	v: number[],
	k: number,
	exclude: ReadonlySet<string> = new Set()
): { word: string; cosine: number }[] {
	if (dot(v, v) === 0 || k <= 0) return [];
	let norms = rowNorms.get(model);
	if (!norms) {
		norms = Float64Array.from(model.vectors, norm);
		rowNorms.set(model, norms);
	}
	const nv = norm(v);
	const cosines = Float64Array.from(model.vectors, (row, i) => {
		const n = nv * norms[i];
		// As `cosine(v, row)`, with the row's length looked up.
		return n === 0 ? 0 : dot(v, row) / n;
	});
	return topKIndices(cosines, k, (i) => !exclude.has(model.words[i])).map((i) => ({
		word: model.words[i],
		cosine: cosines[i]
	}));
}

/**
 * A sentence's vector: the mean of its known words' vectors (words outside the vocabulary are
 * skipped), or undefined when it has none. The plainest sentence embedding, and a fair baseline:
 * it knows which words a sentence uses, not their order.
 */
export function sentenceVector(model: WordVectors, words: readonly string[]): number[] | undefined {
	const dim = model.vectors[0]?.length ?? 0;
	const sum = new Array<number>(dim).fill(0);
	let known = 0;
	for (const word of words) {
		const v = wordVector(model, word);
		if (!v) continue;
		for (let d = 0; d < dim; d++) sum[d] += v[d];
		known++;
	}
	return known === 0 ? undefined : sum.map((x) => x / known);
}

/**
 * The analogy a − b + c (“a is to b as ? is to c”, as in king − man + woman ≈ queen): the words
 * nearest by cosine to v̂_a − v̂_b + v̂_c, the three unit vectors' sum (3CosAdd: Mikolov, Yih &
 * Zweig, 2013, “Linguistic Regularities in Continuous Space Word Representations”, NAACL, §4),
 * a, b and c themselves left out as there. Undefined when a word is not in the vocabulary.
 */
export function analogyWords(
	model: WordVectors,
	a: string,
	b: string,
	c: string,
	k: number
): { word: string; cosine: number }[] | undefined {
	const [va, vb, vc] = [a, b, c].map((w) => wordVector(model, w));
	if (!va || !vb || !vc) return undefined;
	const unit = (v: number[]) => {
		const n = norm(v);
		return n > 0 ? v.map((x) => x / n) : v;
	};
	const [ua, ub, uc] = [va, vb, vc].map(unit);
	const target = ua.map((x, d) => x - ub[d] + uc[d]);
	return nearestWords(model, target, k, new Set([a, b, c]));
}
