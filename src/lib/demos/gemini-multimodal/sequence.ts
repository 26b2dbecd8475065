/**
 * The one sequence a multimodal decoder reads: the image's patch tokens, then the text tokens.
 * Text token vectors here are seeded random rows (an untrained embedding table), so that they
 * have the same width as the projected patches and can sit in one sequence.
 */
import { mulberry32, randomNormal } from '$lib/math/rng';

/** FNV-1a over UTF-16 units: a word's own stream of the seeded generator. */
function hashWord(word: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < word.length; i++) {
		h ^= word.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** The embedding row of a word: entries N(0, 1/dim) from the seed and the word. */
export function wordVector(word: string, dim: number, seed: number): number[] {
	const rng = mulberry32((hashWord(word.toLowerCase()) ^ seed) >>> 0);
	return Array.from({ length: dim }, () => randomNormal(rng) / Math.sqrt(dim));
}

export interface SequenceCounts {
	image: number;
	text: number;
	total: number;
}

export function sequenceCounts(imageTokens: number, textTokens: number): SequenceCounts {
	return { image: imageTokens, text: textTokens, total: imageTokens + textTokens };
}
