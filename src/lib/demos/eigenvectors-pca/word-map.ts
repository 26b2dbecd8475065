/**
 * The guide's word vectors seen through PCA: the chosen words' vectors (32 numbers each) are
 * centred and projected onto their own first two principal components.
 */
import { pca } from '$lib/math/pca';
import type { WordVectors } from '$lib/math/word-vectors';

/** The distinct words of a list typed with spaces or commas, lower-cased, at most `max`. */
export function parseWords(text: string, max: number): { words: string[]; dropped: number } {
	const all = [
		...new Set(
			text
				.toLowerCase()
				.split(/[\s,，、]+/u)
				.filter((w) => w !== '')
		)
	];
	return { words: all.slice(0, max), dropped: Math.max(0, all.length - max) };
}

export interface WordMap {
	/** Each known word with its coordinates on the first two components. */
	placed: { word: string; x: number; y: number }[];
	/** Words the guide's vocabulary lacks. */
	unknown: string[];
	/** Each component's share of the total variance, descending (all of them). */
	shares: number[];
}

/** Undefined when fewer than three of the words are known (two points leave one direction). */
export function wordMap(model: WordVectors, words: readonly string[]): WordMap | undefined {
	const known = words.filter((w) => model.index.has(w));
	const unknown = words.filter((w) => !model.index.has(w));
	if (known.length < 3) return undefined;
	const rows = known.map((w) => model.vectors[model.index.get(w)!]);
	const { mean, eigenvalues, components } = pca(rows);
	const total = eigenvalues.reduce((a, b) => a + b, 0);
	const along = (row: number[], k: number) =>
		row.reduce((s, v, d) => s + (v - mean[d]) * components[k][d], 0);
	return {
		placed: known.map((word, i) => ({ word, x: along(rows[i], 0), y: along(rows[i], 1) })),
		unknown,
		shares: eigenvalues.map((l) => (total > 0 ? l / total : 0))
	};
}
