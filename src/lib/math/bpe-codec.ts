/**
 * Encoding and decoding with a list of byte-level BPE merges (as bpe-train.ts learns them):
 * apply the merges to a text's UTF-8 bytes in rank order, spell token ids back as bytes and text,
 * and encode once for every prefix of the merges (encodeStepwise).
 */
import { BinaryHeap } from './heap';
import type { BpeMerge } from './bpe-train';
import { decodeUtf8, encodeUtf8 } from './utf8';

/** An encoder/decoder for one list of merges, with its lookup tables built once. */
/** The first id a merge can get: 0–255 are the bytes. */
export const BYTE_VOCAB_SIZE = 256;

export interface BpeCodec {
	/** 256 + the number of merges: ids run from 0 to vocabSize - 1. */
	readonly vocabSize: number;
	/** The token ids of `text` (its UTF-8 bytes with the merges applied in rank order). */
	encode(text: string): number[];
	/** The token ids of raw bytes. */
	encodeBytes(bytes: ArrayLike<number>): number[];
	/** The text the ids spell; broken UTF-8 (say, half a character) becomes U+FFFD. */
	decode(ids: ArrayLike<number>): string;
	/** The bytes the ids spell. */
	decodeBytes(ids: ArrayLike<number>): Uint8Array;
	/** The bytes that one token stands for (a fresh copy). */
	bytesOf(id: number): Uint8Array;
	/** The encoding of raw bytes under every prefix of the merges at once (see StepwiseEncoding). */
	encodeStepwise(bytes: ArrayLike<number>): StepwiseEncoding;
}

/**
 * One text encoded with the first k merges, for every k, at the cost of one encoding: encoding
 * applies merges in rank order, so the tokens after the first k merges are the bytes with just the
 * merges of rank below k applied, and those come first. Each applied merge is recorded once; a step
 * then counts or replays them instead of encoding again.
 */
export interface StepwiseEncoding {
	/** The number of tokens with the first k merges. */
	length(k: number): number;
	/** The first `limit` tokens with the first k merges: their ids and byte offsets. */
	tokens(k: number, limit: number): { id: number; at: number }[];
}

function checkMerges(merges: readonly BpeMerge[]): void {
	for (let i = 0; i < merges.length; i++) {
		const { pair, id } = merges[i];
		const z = BYTE_VOCAB_SIZE + i;
		if (id !== z) throw new RangeError(`merge ${i} has id ${id}, expected ${z}`);
		for (const t of pair) {
			if (!Number.isInteger(t) || t < 0 || t >= z) {
				throw new RangeError(`merge ${i} uses token ${t}, which does not exist before it`);
			}
		}
	}
}

function checkId(id: number, vocabSize: number): void {
	if (!Number.isInteger(id) || id < 0 || id >= vocabSize) {
		throw new RangeError(`token id ${id} is outside [0, ${vocabSize})`);
	}
}

/**
 * Builds an encoder/decoder for merges as trainByteLevelBPE returns them (merge i has id
 * 256 + i and joins tokens that exist before it; anything else throws a RangeError).
 *
 * encode follows minbpe: repeatedly take the adjacent pair with the lowest merge rank and replace
 * all its non-overlapping occurrences left to right. It is done with a linked list and a heap of
 * (rank, position): every occurrence of the rank-r pair exists before rank r comes up (its tokens
 * are older than r), and pairs formed by merging contain the new token, so have higher ranks;
 * popping in (rank, position) order is therefore the same procedure, in O(n log n).
 */
export function createBpeCodec(merges: readonly BpeMerge[]): BpeCodec {
	checkMerges(merges);
	const vocabSize = BYTE_VOCAB_SIZE + merges.length;
	let rankOf: Map<number, number> | undefined;
	const table: (Uint8Array | undefined)[] = [];
	for (let i = 0; i < BYTE_VOCAB_SIZE; i++) table.push(Uint8Array.of(i));

	/** The (shared, not to be mutated) bytes of a valid id, built on first use. */
	const bytesShared = (id: number): Uint8Array => {
		const known = table[id];
		if (known) return known;
		const stack = [id]; // iterative, since chains of merges can be thousands deep
		while (stack.length > 0) {
			const t = stack[stack.length - 1];
			if (table[t]) {
				stack.pop();
				continue;
			}
			const [a, b] = merges[t - BYTE_VOCAB_SIZE].pair;
			const left = table[a];
			const right = table[b];
			if (!left) stack.push(a);
			else if (!right) stack.push(b);
			else {
				const joined = new Uint8Array(left.length + right.length);
				joined.set(left);
				joined.set(right, left.length);
				table[t] = joined;
				stack.pop();
			}
		}
		return table[id] as Uint8Array;
	};

	/**
	 * The bytes as a linked list of tokens (tok[p] is the token starting at byte p, -1 where merged
	 * away; next[p] the following token's position, -1 at the end) with every merge applied, each
	 * applied merge reported to `onMerge` in the order applied: by rank, then position.
	 */
	const applyMerges = (
		input: ArrayLike<number>,
		onMerge?: (rank: number, at: number) => void
	): { tok: Int32Array; next: Int32Array } => {
		const n = input.length;
		const tok = Int32Array.from(input);
		const next = new Int32Array(n);
		const prev = new Int32Array(n);
		for (let i = 0; i < n; i++) {
			next[i] = i + 1 < n ? i + 1 : -1;
			prev[i] = i - 1;
		}
		if (n < 2 || merges.length === 0) return { tok, next };
		if (!rankOf) {
			rankOf = new Map();
			for (let r = merges.length - 1; r >= 0; r--) {
				const [a, b] = merges[r].pair;
				rankOf.set(a * vocabSize + b, r); // a repeated pair keeps its lowest rank
			}
		}
		const ranks = rankOf;
		// Heap keys rank * n + position, so order is by rank, then position.
		const heap = new BinaryHeap<number>((x, y) => x < y);
		for (let i = 0; i + 1 < n; i++) {
			const r = ranks.get(tok[i] * vocabSize + tok[i + 1]);
			if (r !== undefined) heap.push(r * n + i);
		}
		while (heap.size > 0) {
			const key = heap.pop() as number;
			const r = Math.floor(key / n);
			const p = key - r * n;
			const [a, b] = merges[r].pair;
			if (tok[p] !== a) continue;
			const q = next[p];
			if (q < 0 || tok[q] !== b) continue;
			const z = BYTE_VOCAB_SIZE + r;
			const right = next[q];
			onMerge?.(r, p);
			tok[p] = z;
			tok[q] = -1;
			next[p] = right;
			if (right >= 0) prev[right] = p;
			const left = prev[p];
			if (left >= 0) {
				const rl = ranks.get(tok[left] * vocabSize + z);
				if (rl !== undefined) heap.push(rl * n + left);
			}
			if (right >= 0) {
				const rr = ranks.get(z * vocabSize + tok[right]);
				if (rr !== undefined) heap.push(rr * n + p);
			}
		}
		return { tok, next };
	};

	const encodeBytes = (input: ArrayLike<number>): number[] => {
		const { tok, next } = applyMerges(input);
		const out: number[] = [];
		for (let p = 0; p >= 0 && p < tok.length; p = next[p]) out.push(tok[p]);
		return out;
	};

	const encodeStepwise = (input: ArrayLike<number>): StepwiseEncoding => {
		const applied: number[] = []; // rank and position of each merge, in the order applied
		const { next } = applyMerges(input, (rank, at) => applied.push(rank, at));
		const count = applied.length / 2;
		/** How many applied merges have a rank below k (ranks never decrease). */
		const appliedBelow = (k: number) => {
			let lo = 0;
			let hi = count;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (applied[2 * mid] < k) lo = mid + 1;
				else hi = mid;
			}
			return lo;
		};
		// Where the first `limit` tokens end with every merge applied. Merges only ever remove
		// boundaries, so this one exists at every step: no merge crosses it, and the tokens before
		// it are the same as in the whole text.
		const ends = new Map<number, number>();
		const endOf = (limit: number) => {
			let end = ends.get(limit);
			if (end === undefined) {
				end = 0;
				for (let i = 0; i < limit && end >= 0 && end < input.length; i++) end = next[end];
				if (end < 0) end = input.length;
				ends.set(limit, end);
			}
			return end;
		};
		return {
			length: (k) => input.length - appliedBelow(k),
			tokens: (k, limit) => {
				const end = endOf(limit);
				const tok = Int32Array.from({ length: end }, (_, i) => input[i]);
				const after = Int32Array.from({ length: end }, (_, i) => i + 1);
				for (let i = 0, below = appliedBelow(k); i < below; i++) {
					const at = applied[2 * i + 1];
					if (at >= end) continue;
					tok[at] = BYTE_VOCAB_SIZE + applied[2 * i];
					after[at] = after[after[at]];
				}
				const out: { id: number; at: number }[] = [];
				for (let at = 0; at < end && out.length < limit; at = after[at])
					out.push({ id: tok[at], at });
				return out;
			}
		};
	};

	const decodeBytes = (ids: ArrayLike<number>): Uint8Array => {
		let total = 0;
		for (let i = 0; i < ids.length; i++) {
			checkId(ids[i], vocabSize);
			total += bytesShared(ids[i]).length;
		}
		const out = new Uint8Array(total);
		let at = 0;
		for (let i = 0; i < ids.length; i++) {
			const bytes = bytesShared(ids[i]);
			out.set(bytes, at);
			at += bytes.length;
		}
		return out;
	};

	return {
		vocabSize,
		encode: (text) => encodeBytes(encodeUtf8(text)),
		encodeBytes,
		decode: (ids) => decodeUtf8(decodeBytes(ids)),
		decodeBytes,
		bytesOf: (id) => {
			checkId(id, vocabSize);
			return bytesShared(id).slice();
		},
		encodeStepwise
	};
}

/** The token ids of `text` under `merges` (see createBpeCodec; build a codec to reuse tables). */
export function encode(text: string, merges: readonly BpeMerge[]): number[] {
	return createBpeCodec(merges).encode(text);
}

/** The text that token ids spell under `merges`; broken UTF-8 becomes U+FFFD. */
export function decode(ids: ArrayLike<number>, merges: readonly BpeMerge[]): string {
	return createBpeCodec(merges).decode(ids);
}

/**
 * The bytes token `id` stands for under `merges`. Walks only that token's merge tree, so it
 * costs O(its length) and needs no codec.
 */
export function tokenBytes(id: number, merges: readonly BpeMerge[]): Uint8Array {
	checkId(id, BYTE_VOCAB_SIZE + merges.length);
	const out: number[] = [];
	const stack = [id];
	while (stack.length > 0) {
		const t = stack.pop() as number;
		if (t < BYTE_VOCAB_SIZE) {
			out.push(t);
			continue;
		}
		const merge = merges[t - BYTE_VOCAB_SIZE];
		const [a, b] = merge.pair;
		if (merge.id !== t || !(a >= 0 && a < t && b >= 0 && b < t)) {
			throw new RangeError(`merge ${t - BYTE_VOCAB_SIZE} is not a valid merge for id ${t}`);
		}
		stack.push(b, a);
	}
	return Uint8Array.from(out);
}
