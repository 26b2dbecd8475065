/**
 * Word-level BPE in the style of Sennrich, Haddow & Birch (2016), "Neural Machine Translation of
 * Rare Words with Subword Units".
 *
 * - Words: the text is split on whitespace (any Unicode white space) and nothing else, so
 *   punctuation stays attached ("end." is one word), as subword-nmt expects of pre-tokenized text.
 * - Symbols: a word is split into characters (Unicode code points, so an emoji is one symbol
 *   but a combining mark is its own), and the end-of-word marker `</w>` is appended to the last
 *   one: "low" → l o w</w>, as subword-nmt does. With `{ endOfWord: 'separate' }` the marker is a
 *   symbol of its own, "low" → l o w </w>, as in the paper's Algorithm 1.
 * - Training: the pair count is the sum, over distinct words, of the word's frequency times the
 *   number of adjacent positions holding the pair (overlaps included); the most frequent pair is
 *   merged everywhere (non-overlapping, left to right); a tie goes to the pair whose first
 *   occurrence is earliest (distinct words in order of first appearance in the text, then
 *   position within the word); training stops when the best count is below 2.
 *
 * The distinct words are laid end to end and handed to the incremental trainer of bpe.ts, with
 * word boundaries that no pair crosses and each word's frequency as its weight. Symbols are
 * identified by how they were built: text that literally contains "</w>" may produce two
 * symbols that print alike.
 */
import { runSymbolBPE } from './bpe-train';

/** The end-of-word marker. */
export const END_OF_WORD = '</w>';

/** Where the end-of-word marker goes: on the last character (default) or after it. */
export type EndOfWordStyle = 'attached' | 'separate';

/** One learned merge: `pair` became the symbol `merged` (their concatenation). */
export type WordMerge = { pair: [string, string]; merged: string; count: number };

/** A distinct word and how often it occurs. */
export type WordCount = { word: string; count: number };

/** A distinct word, its frequency, and its symbols after training. */
export type WordSegmentation = { word: string; count: number; symbols: string[] };

export interface WordBpeOptions {
	/** 'attached' (l o w</w>, the default) or 'separate' (l o w </w>). */
	endOfWord?: EndOfWordStyle;
	/** Called after each merge with the merge and the corpus length in symbols it left. */
	onMerge?: (merge: WordMerge, corpusLength: number) => void;
}

export interface WordBpeResult {
	/** The merges in the order learned (their rank). */
	merges: WordMerge[];
	/** The distinct words in order of first appearance, with their final segmentation. */
	vocab: WordSegmentation[];
}

/** The words of a text: split on white space, punctuation kept attached. */
export function splitWords(text: string): string[] {
	return text.split(/\s+/u).filter((w) => w.length > 0);
}

/** The distinct words of a text in order of first appearance, with their counts. */
export function countWords(text: string): WordCount[] {
	const counts = new Map<string, number>();
	for (const word of splitWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
	return Array.from(counts, ([word, count]) => ({ word, count }));
}

/** A word's initial symbols: its code points plus the end-of-word marker. */
export function wordSymbols(word: string, endOfWord: EndOfWordStyle = 'attached'): string[] {
	const chars = Array.from(word);
	if (endOfWord === 'separate') return [...chars, END_OF_WORD];
	if (chars.length === 0) return [END_OF_WORD];
	chars[chars.length - 1] += END_OF_WORD;
	return chars;
}

/** Trains word-level BPE on a text (see the top of this file for the exact rules). */
export function trainWordBPE(
	text: string,
	numMerges: number,
	options: WordBpeOptions = {}
): WordBpeResult {
	return trainWordBPEFromCounts(countWords(text), numMerges, options);
}

/**
 * Trains word-level BPE on word counts, e.g. the paper's {low: 5, lower: 2, newest: 6,
 * widest: 3}. Order matters for ties: it is the order of first appearance. A repeated word has
 * its counts added (at its first place); counts must be non-negative integers, and words of
 * count 0 are left out.
 */
export function trainWordBPEFromCounts(
	words: readonly WordCount[],
	numMerges: number,
	options: WordBpeOptions = {}
): WordBpeResult {
	const endOfWord = options.endOfWord ?? 'attached';
	const totals = new Map<string, number>();
	for (const { word, count } of words) {
		if (!Number.isInteger(count) || count < 0) {
			throw new RangeError(`count ${count} of "${word}" is not a non-negative integer`);
		}
		if (word.length === 0) throw new RangeError('words must not be empty');
		if (count > 0) totals.set(word, (totals.get(word) ?? 0) + count);
	}

	// Intern the initial symbols in order of first appearance; merge i makes id alphabet + i.
	const names: string[] = [];
	const idOf = new Map<string, number>();
	const symbols: number[] = [];
	const weights: number[] = [];
	const wordEnds: boolean[] = [];
	const starts: number[] = [];
	for (const [word, count] of totals) {
		starts.push(symbols.length);
		const chars = wordSymbols(word, endOfWord);
		chars.forEach((s, i) => {
			let id = idOf.get(s);
			if (id === undefined) {
				id = names.length;
				idOf.set(s, id);
				names.push(s);
			}
			symbols.push(id);
			weights.push(count);
			wordEnds.push(i === chars.length - 1);
		});
	}
	const alphabetSize = names.length;

	const merges: WordMerge[] = [];
	const toWordMerge = (pair: [number, number], count: number): WordMerge => {
		const merged = names[pair[0]] + names[pair[1]];
		names.push(merged);
		const merge: WordMerge = { pair: [names[pair[0]], names[pair[1]]], merged, count };
		merges.push(merge);
		return merge;
	};
	const run = runSymbolBPE({ symbols, alphabetSize, weights, wordEnds }, numMerges, {
		onMerge: (m, length) => {
			const merge = toWordMerge(m.pair, m.count);
			options.onMerge?.(merge, length);
		}
	});

	const vocab: WordSegmentation[] = [];
	let w = 0;
	for (const [word, count] of totals) {
		const segmented: string[] = [];
		for (let p = starts[w++]; p >= 0; p = run.next[p]) segmented.push(names[run.tokens[p]]);
		vocab.push({ word, count, symbols: segmented });
	}
	return { merges, vocab };
}

/** One step of segmenting a word: merge `rank` was applied, leaving `symbols`. */
export type WordSegmentStep = { rank: number; merge: WordMerge; symbols: string[] };

/**
 * The symbols of `word` under learned merges, applied by rank: while some adjacent pair has a
 * merge, merge every occurrence (non-overlapping, left to right) of the one with the lowest rank.
 * Use the same endOfWord style as in training.
 */
export function segmentWord(
	word: string,
	merges: readonly WordMerge[],
	options: { endOfWord?: EndOfWordStyle } = {}
): string[] {
	const { initial, steps } = segmentWordSteps(word, merges, options);
	return steps.at(-1)?.symbols ?? initial;
}

/**
 * segmentWord step by step: the initial symbols, then one entry per merge applied, in the
 * order applied (increasing rank), each with the symbols it left.
 */
export function segmentWordSteps(
	word: string,
	merges: readonly WordMerge[],
	options: { endOfWord?: EndOfWordStyle } = {}
): { initial: string[]; steps: WordSegmentStep[] } {
	const ranks = new Map<string, Map<string, number>>();
	merges.forEach(({ pair: [a, b] }, r) => {
		let inner = ranks.get(a);
		if (!inner) ranks.set(a, (inner = new Map()));
		if (!inner.has(b)) inner.set(b, r);
	});
	const initial = wordSymbols(word, options.endOfWord ?? 'attached');
	const steps: WordSegmentStep[] = [];
	let symbols = initial;
	for (;;) {
		let best = Infinity;
		for (let i = 0; i + 1 < symbols.length; i++) {
			const r = ranks.get(symbols[i])?.get(symbols[i + 1]);
			if (r !== undefined && r < best) best = r;
		}
		if (best === Infinity) return { initial, steps };
		const merge = merges[best];
		const { pair, merged } = merge;
		const out: string[] = [];
		for (let i = 0; i < symbols.length; i++) {
			if (i + 1 < symbols.length && symbols[i] === pair[0] && symbols[i + 1] === pair[1]) {
				out.push(merged);
				i++;
			} else {
				out.push(symbols[i]);
			}
		}
		symbols = out;
		steps.push({ rank: best, merge, symbols });
	}
}
