/**
 * A word-level vocabulary, the kind subword tokenizers replaced: every word seen often enough in
 * the training text gets an id, and any other word becomes [UNK], losing what it said.
 */

export const UNK = '[UNK]';
/** A word must occur this often in the training text to get an id (rarer ones are cut). */
export const MIN_WORD_COUNT = 2;

// A word is a run of letters, marks, digits and apostrophes in any script; any other
// non-space character is a token of its own. Chinese has no spaces, so a "word" there is a whole
// run of characters between punctuation marks: word vocabularies need a segmenter for it.
const WORD = /[\p{L}\p{M}\p{N}'’]+|[^\s\p{L}\p{M}\p{N}'’]/gu;
const IS_WORD = /^[\p{L}\p{M}\p{N}'’]+$/u;

/** The words and single symbols of a text, in order, white space dropped. */
export function splitWordTokens(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** Whether a token from splitWordTokens is a word rather than a symbol. */
export const isWord = (token: string): boolean => IS_WORD.test(token);

export interface WordVocab {
	/** id of each known token: 1, 2, … by falling count (ties by first appearance); 0 is [UNK]. */
	ids: Map<string, number>;
	/** The number of ids, [UNK] included. */
	size: number;
}

/** The vocabulary of a training text: its tokens that occur at least `minCount` times. */
export function buildWordVocab(text: string, minCount = MIN_WORD_COUNT): WordVocab {
	const counts = new Map<string, number>();
	for (const token of splitWordTokens(text)) counts.set(token, (counts.get(token) ?? 0) + 1);
	const kept = [...counts].filter(([, count]) => count >= minCount);
	// Array.prototype.sort is stable: equal counts keep their order of first appearance.
	kept.sort((a, b) => b[1] - a[1]);
	const ids = new Map(kept.map(([token], i) => [token, i + 1]));
	return { ids, size: ids.size + 1 };
}

/** The id of a token, 0 ([UNK]) when the vocabulary lacks it. */
export const wordId = (vocab: WordVocab, token: string): number => vocab.ids.get(token) ?? 0;

/** The words of a text with their counts, symbols left out: the input of word-level BPE. */
export function countWords(text: string): { word: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const token of splitWordTokens(text)) {
		if (isWord(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
	}
	return Array.from(counts, ([word, count]) => ({ word, count }));
}
