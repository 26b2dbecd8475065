/**
 * Byte-level byte-pair encoding (BPE), the tokenizer family of GPT-2 onwards, in the form of
 * Karpathy's minbpe BasicTokenizer with its tie rule made explicit.
 *
 * Training: the text's UTF-8 bytes are the tokens 0–255. Merge i takes the most frequent
 * adjacent pair in the current sequence — every adjacent position counts, overlapping ones too,
 * so "aaa" holds the pair (a, a) twice — and replaces its non-overlapping occurrences, left to
 * right, with the new token 256 + i ("aaaa" → X X, "aaa" → X a). A tie on count goes to the pair
 * whose first occurrence in the current sequence is earliest. Training stops early once no pair
 * occurs twice.
 *
 * Recounting every pair after each merge costs merges × text length (see bpe-naive.ts). Here only
 * the counts around each merged occurrence change: the sequence is a doubly linked list over the
 * original byte positions (a token keeps the position of its first byte, so positions stay in
 * text order), each pair keeps the positions where it occurs, and a lazy-deletion heap ordered by
 * (count descending, first position ascending) hands out the next pair. Each merge then costs
 * about its number of occurrences times log(number of pairs).
 */
import { BYTE_VOCAB_SIZE } from './bpe-codec';
import { BinaryHeap } from './heap';
import { encodeUtf8 } from './utf8';

/** One learned merge: `pair` of token ids became token `id`; `count` is the pair's count then. */
export type BpeMerge = { pair: [number, number]; id: number; count: number };

/** A pair that occurs at least twice: its (weighted) count and its first position now. */
export type BpePairCount = { pair: [number, number]; count: number; first: number };

/** Options for watching training step by step (for the demos). */
export interface BpeTrainOptions {
	/** Called after each merge with the merge and the sequence length (in tokens) it left. */
	onMerge?: (merge: BpeMerge, sequenceLength: number) => void;
	/**
	 * Reports the `size` most frequent pairs that occur at least twice, in the order training
	 * would merge them (count descending, then first position), once per step: before merge i
	 * with step = i, and once more after the last merge, so step runs from 0 to merges.length.
	 * `first` is a position in the input (for byte-level BPE, a byte offset in the text).
	 */
	topPairs?: { size: number; onStep: (pairs: BpePairCount[], step: number) => void };
}

// Defined with the codec, so that a page that only encodes does not load the trainer.
export { BYTE_VOCAB_SIZE } from './bpe-codec';

/**
 * The input of the generic trainer: a sequence of symbol ids, split into words that pairs never
 * cross, with a weight (repeat count) per word. Byte-level BPE is one word of weight 1; word-level
 * BPE (bpe-words.ts) lays the distinct words out in order of first appearance.
 */
export interface SymbolSequence {
	/** The symbol ids, each in [0, alphabetSize). */
	symbols: ArrayLike<number>;
	/** The number of ids that exist before training; merge i creates id alphabetSize + i. */
	alphabetSize: number;
	/** Positions p where a word ends, so no pair spans p and p + 1 (default: none). */
	wordEnds?: ArrayLike<boolean>;
	/** A positive integer weight per position, equal within a word (default: all 1). */
	weights?: ArrayLike<number>;
}

/**
 * The incremental BPE trainer on any symbol sequence. Counts are weighted (the sum of the
 * weights of the positions where a pair occurs); ties go to the pair whose first occurrence
 * (lowest position) is earliest; training stops when the best count is below 2. The
 * sequenceLength passed to onMerge is the weighted number of tokens left.
 */
export function trainSymbolBPE(
	input: SymbolSequence,
	numMerges: number,
	options: BpeTrainOptions = {}
): BpeMerge[] {
	return runSymbolBPE(input, numMerges, options).merges;
}

/**
 * The final state of a training run, for word-level BPE to read the segmentation: tokens[p] is
 * the token at position p (-1 where merged away) and next[p] the next live position in the same
 * word (-1 at a word end).
 */
export interface SymbolBPERun {
	merges: BpeMerge[];
	tokens: Int32Array;
	next: Int32Array;
}

/** trainSymbolBPE, also returning the final sequence. */
export function runSymbolBPE(
	input: SymbolSequence,
	numMerges: number,
	options: BpeTrainOptions = {}
): SymbolBPERun {
	const { symbols, alphabetSize, wordEnds, weights } = input;
	const { onMerge, topPairs } = options;
	const n = symbols.length;
	const merges: BpeMerge[] = [];
	// Each merge shortens the sequence by at least one token, so n - 1 merges at most.
	const maxMerges = numMerges >= 1 && n >= 2 ? Math.min(Math.floor(numMerges), n - 1) : 0;
	const stride = alphabetSize + maxMerges; // every id is below this: pair key = a * stride + b

	const tok = new Int32Array(n); // token at each position, -1 once merged into its left neighbour
	const next = new Int32Array(n); // next live position in the same word, or -1
	const prev = new Int32Array(n); // previous live position in the same word, or -1
	const weight = new Float64Array(n);
	let length = 0;
	for (let i = 0; i < n; i++) {
		const s = symbols[i];
		if (!Number.isInteger(s) || s < 0 || s >= alphabetSize) {
			throw new RangeError(`symbol ${s} at ${i} is outside [0, ${alphabetSize})`);
		}
		tok[i] = s;
		const w = weights ? weights[i] : 1;
		weight[i] = w;
		length += w;
		const end = i === n - 1 || (wordEnds !== undefined && wordEnds[i]);
		next[i] = end ? -1 : i + 1;
		prev[i] = -1;
	}
	for (let i = 0; i < n; i++) if (next[i] >= 0) prev[next[i]] = i;
	if (maxMerges === 0 && !topPairs) return { merges, tokens: tok, next };

	// Pair records, indexed by a small integer. occ[k] lists the positions where pair k occurs,
	// in increasing order: a pair that already exists never gains an occurrence (new adjacencies
	// always involve the newest token), and a new pair gains them left to right during the merge
	// that creates it. Entries go stale when the pair at that position changes; a position's pair
	// never changes back (token ids only grow), so head[k] skips stale entries for good.
	const pairOf = new Map<number, number>();
	const pairA: number[] = [];
	const pairB: number[] = [];
	const count: number[] = [];
	const occ: number[][] = [];
	const head: number[] = [];
	const touchedAt: number[] = [];

	const pairIndex = (a: number, b: number): number => {
		const key = a * stride + b;
		let k = pairOf.get(key);
		if (k === undefined) {
			k = pairA.length;
			pairOf.set(key, k);
			pairA.push(a);
			pairB.push(b);
			count.push(0);
			occ.push([]);
			head.push(0);
			touchedAt.push(-1);
		}
		return k;
	};
	const occursAt = (p: number, a: number, b: number): boolean => {
		if (tok[p] !== a) return false;
		const q = next[p];
		return q >= 0 && tok[q] === b;
	};
	/** The earliest position where pair k occurs now, or -1. */
	const firstPosition = (k: number): number => {
		const list = occ[k];
		const a = pairA[k];
		const b = pairB[k];
		let h = head[k];
		while (h < list.length && !occursAt(list[h], a, b)) h++;
		head[k] = h;
		return h < list.length ? list[h] : -1;
	};

	for (let i = 0; i < n; i++) {
		const j = next[i];
		if (j < 0) continue;
		const k = pairIndex(tok[i], tok[j]);
		occ[k].push(i);
		count[k] += weight[i];
	}

	type Entry = { count: number; first: number; pair: number };
	const heap = new BinaryHeap<Entry>((x, y) =>
		x.count !== y.count ? x.count > y.count : x.first < y.first
	);
	for (let k = 0; k < pairA.length; k++) {
		if (count[k] >= 2) heap.push({ count: count[k], first: occ[k][0], pair: k });
	}

	let step = 0;
	/** The live entries of the `size` best pairs, taken out of the heap and put back. */
	const reportTopPairs = (size: number, onStep: (pairs: BpePairCount[], step: number) => void) => {
		const found: Entry[] = [];
		while (found.length < size && heap.size > 0) {
			const top = heap.pop() as Entry;
			const live = count[top.pair] === top.count && firstPosition(top.pair) === top.first;
			// A stale entry never becomes live again (counts only fall, first positions only
			// move right), and a live duplicate is dropped: one copy goes back.
			if (live && !found.some((e) => e.pair === top.pair)) found.push(top);
		}
		for (const e of found) heap.push(e);
		onStep(
			found.map((e) => ({ pair: [pairA[e.pair], pairB[e.pair]], count: e.count, first: e.first })),
			step
		);
	};

	const touched: number[] = [];
	const touch = (k: number) => {
		if (touchedAt[k] !== step) {
			touchedAt[k] = step;
			touched.push(k);
		}
	};
	const remove = (a: number, b: number, w: number) => {
		const k = pairOf.get(a * stride + b) as number;
		count[k] -= w;
		touch(k);
	};
	const add = (a: number, b: number, p: number, w: number) => {
		const k = pairIndex(a, b);
		occ[k].push(p);
		count[k] += w;
		touch(k);
	};

	for (; step < maxMerges; step++) {
		if (topPairs) reportTopPairs(topPairs.size, topPairs.onStep);
		// The best live entry: its count and first position must still be the pair's own.
		let best = -1;
		while (heap.size > 0) {
			const top = heap.pop() as Entry;
			if (count[top.pair] === top.count && firstPosition(top.pair) === top.first) {
				best = top.pair;
				break;
			}
		}
		if (best < 0) break; // no pair occurs twice

		const a = pairA[best];
		const b = pairB[best];
		const z = alphabetSize + step;
		const merge: BpeMerge = { pair: [a, b], id: z, count: count[best] };
		const list = occ[best];
		touched.length = 0;
		for (let h = head[best]; h < list.length; h++) {
			const p = list[h];
			if (!occursAt(p, a, b)) continue; // overlapped by the previous replacement
			const q = next[p];
			const w = weight[p];
			const left = prev[p];
			const right = next[q];
			if (left >= 0) {
				remove(tok[left], a, w);
				add(tok[left], z, left, w);
			}
			if (right >= 0) {
				remove(b, tok[right], w);
				add(z, tok[right], p, w);
			}
			tok[p] = z;
			tok[q] = -1;
			next[p] = right;
			if (right >= 0) prev[right] = p;
			length -= w;
		}
		count[best] = 0;
		occ[best] = [];
		head[best] = 0;
		for (const k of touched) {
			if (k !== best && count[k] >= 2) {
				heap.push({ count: count[k], first: firstPosition(k), pair: k });
			}
		}
		merges.push(merge);
		onMerge?.(merge, length);
	}
	// Stopped by the limit (not for want of pairs): report the state it ends in.
	if (topPairs && step === maxMerges) reportTopPairs(topPairs.size, topPairs.onStep);
	return { merges, tokens: tok, next };
}

/**
 * Trains byte-level BPE on the UTF-8 bytes of `text` (lone surrogates count as U+FFFD):
 * at most `numMerges` merges, fewer when no pair occurs twice any more.
 */
export function trainByteLevelBPE(
	text: string,
	numMerges: number,
	options: BpeTrainOptions = {}
): BpeMerge[] {
	return trainBytesBPE(encodeUtf8(text), numMerges, options);
}

/** trainByteLevelBPE on bytes that are already encoded. */
export function trainBytesBPE(
	bytes: Uint8Array,
	numMerges: number,
	options: BpeTrainOptions = {}
): BpeMerge[] {
	return trainSymbolBPE({ symbols: bytes, alphabetSize: BYTE_VOCAB_SIZE }, numMerges, options);
}

/**
 * trainByteLevelBPE with the sequence length recorded: lengths[0] is the number of bytes and
 * lengths[i + 1] the number of tokens after merge i.
 */
export function bpeTrainingTrace(
	text: string,
	numMerges: number
): { merges: BpeMerge[]; lengths: number[] } {
	const bytes = encodeUtf8(text);
	const lengths = [bytes.length];
	const merges = trainBytesBPE(bytes, numMerges, {
		onMerge: (_merge, length) => lengths.push(length)
	});
	return { merges, lengths };
}
