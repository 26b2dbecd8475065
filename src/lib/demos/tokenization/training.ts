import { trainBytesBPE, type BpeMerge, type BpePairCount } from '$lib/math/bpe-train';
import { encodeUtf8 } from '$lib/math/utf8';
import { buildWordVocab, type WordVocab } from '$lib/engines/tokenizer';

/** How many of the most frequent pairs are kept for each step's table. */
export const TOP_PAIRS = 8;

/** Everything learned from a training text: BPE recorded step by step, and a word vocabulary. */
export interface TrainingRun {
	/** The training text's UTF-8 bytes (from a worker they are moved, not copied, to the page). */
	bytes: Uint8Array;
	merges: BpeMerge[];
	/** lengths[k]: the text's length in tokens after k merges (lengths[0] is its byte count). */
	lengths: number[];
	/** top[k]: the most frequent pairs after k merges, best first; top[k][0] is merge k + 1. */
	top: BpePairCount[][];
	/** How many merges were asked for; fewer were learned if no pair occurred twice any more. */
	requested: number;
	/** The word-level vocabulary of the same text. */
	vocab: WordVocab;
}

/**
 * Trains byte-level BPE on `text` for up to `maxMerges` merges, recording what the step-by-step
 * view shows, and builds its word vocabulary. `onProgress` hears the merges done so far.
 */
export function trainRun(
	text: string,
	maxMerges: number,
	onProgress?: (merges: number) => void
): TrainingRun {
	const bytes = encodeUtf8(text);
	const lengths = [bytes.length];
	const top: BpePairCount[][] = [];
	const merges = trainBytesBPE(bytes, maxMerges, {
		onMerge: (_merge, length) => {
			lengths.push(length);
			onProgress?.(lengths.length - 1);
		},
		topPairs: { size: TOP_PAIRS, onStep: (pairs) => top.push(pairs) }
	});
	return { bytes, merges, lengths, top, requested: maxMerges, vocab: buildWordVocab(text) };
}

/** The text around byte offset `at`, cut at character boundaries: [start, end) in bytes. */
export function passageAround(
	bytes: Uint8Array,
	at: number,
	before: number,
	after: number
): [number, number] {
	const isContinuation = (i: number) => i < bytes.length && (bytes[i] & 0xc0) === 0x80;
	let start = Math.max(0, at - before);
	while (start > 0 && isContinuation(start)) start--;
	let end = Math.min(bytes.length, Math.max(at, 0) + after);
	while (end < bytes.length && isContinuation(end)) end++;
	return [start, end];
}
