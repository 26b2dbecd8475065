import { segmentText } from '$lib/math/word-segment';
import { sentenceVector, type WordVectors } from '$lib/math/word-vectors';

/** A text as the classifier sees it. */
export interface EmbeddedText {
	/** Its words, lower-cased (punctuation, emoji and other symbols dropped). */
	words: string[];
	/** The distinct words the guide's vocabulary lacks, as written. */
	unknown: string[];
	/** How many of its words have a vector. */
	known: number;
	/** The mean of its known words' vectors scaled to unit length; undefined with no known word. */
	vector?: number[];
}

/** Lower-cased words of a text in any script, as the word vectors were trained on. */
export function textWords(text: string): string[] {
	return segmentText(text.toLowerCase())
		.filter((s) => s.word)
		.map((s) => s.text);
}

/**
 * A text's sentence vector (sentenceVector: the mean of its known word vectors), scaled to unit
 * length so that every sentence weighs the same in a centroid and its dot products are cosines.
 */
export function embedText(vectors: WordVectors, text: string): EmbeddedText {
	const words = textWords(text);
	const unknown = [...new Set(words.filter((w) => !vectors.index.has(w)))];
	const known = words.length - words.filter((w) => !vectors.index.has(w)).length;
	const mean = sentenceVector(vectors, words);
	const length = mean ? Math.hypot(...mean) : 0;
	return {
		words,
		unknown,
		known,
		vector: mean && length > 0 ? mean.map((x) => x / length) : undefined
	};
}
