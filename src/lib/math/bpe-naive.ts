/**
 * Reference BPE implementations, written as plainly as possible: after every merge, recount
 * every pair from scratch (merges × text length). They define the rules that the fast versions
 * in bpe.ts and bpe-words.ts must match exactly, and serve as the benchmark's baseline.
 */
import type { BpeMerge } from './bpe-train';
import { encodeUtf8 } from './utf8';

/** Pair counts of a sequence (overlapping positions included), in order of first occurrence. */
function pairStats(ids: readonly number[]): Map<string, { pair: [number, number]; count: number }> {
	const stats = new Map<string, { pair: [number, number]; count: number }>();
	for (let i = 0; i + 1 < ids.length; i++) {
		const key = `${ids[i]},${ids[i + 1]}`;
		const entry = stats.get(key);
		if (entry) entry.count++;
		else stats.set(key, { pair: [ids[i], ids[i + 1]], count: 1 });
	}
	return stats;
}

/** The sequence with non-overlapping occurrences of `pair` replaced by `id`, left to right. */
function mergePair(ids: readonly number[], pair: [number, number], id: number): number[] {
	const out: number[] = [];
	for (let i = 0; i < ids.length; i++) {
		if (i + 1 < ids.length && ids[i] === pair[0] && ids[i + 1] === pair[1]) {
			out.push(id);
			i++;
		} else {
			out.push(ids[i]);
		}
	}
	return out;
}

/**
 * Byte-level BPE training, the naive way (minbpe's BasicTokenizer.train plus the early stop):
 * the same contract as trainByteLevelBPE in bpe.ts.
 */
export function trainByteLevelBPENaive(text: string, numMerges: number): BpeMerge[] {
	let ids = Array.from(encodeUtf8(text));
	const merges: BpeMerge[] = [];
	const limit = Math.floor(numMerges);
	for (let i = 0; i < limit; i++) {
		let best: { pair: [number, number]; count: number } | undefined;
		// Map iteration follows first occurrence, and only a strictly larger count replaces the
		// best so far: ties go to the pair that occurs first.
		for (const entry of pairStats(ids).values()) {
			if (!best || entry.count > best.count) best = entry;
		}
		if (!best || best.count < 2) break;
		const id = 256 + i;
		merges.push({ pair: best.pair, id, count: best.count });
		ids = mergePair(ids, best.pair, id);
	}
	return merges;
}

/**
 * Encoding, the naive way (minbpe's encode): while some adjacent pair has a merge, merge every
 * occurrence of the one with the lowest rank.
 */
export function encodeNaive(text: string, merges: readonly BpeMerge[]): number[] {
	const rank = new Map<string, number>();
	merges.forEach((m, r) => {
		const key = `${m.pair[0]},${m.pair[1]}`;
		if (!rank.has(key)) rank.set(key, r);
	});
	let ids = Array.from(encodeUtf8(text));
	for (;;) {
		let bestRank = Infinity;
		for (const key of pairStats(ids).keys())
			bestRank = Math.min(bestRank, rank.get(key) ?? Infinity);
		if (bestRank === Infinity) return ids;
		const m = merges[bestRank];
		ids = mergePair(ids, m.pair, m.id);
	}
}

/**
 * Word-level BPE training, the naive way (Sennrich et al. 2016, Algorithm 1, with ties made
 * explicit): `words` are the distinct words in order of first appearance with their counts, each
 * already split into symbols. Pair counts are weighted by word count; a tie goes to the pair that
 * occurs first (earlier word, then earlier position); training stops when the best count is
 * below 2. Symbols are compared as strings.
 */
export function trainWordBPENaive(
	words: readonly { symbols: readonly string[]; count: number }[],
	numMerges: number
): { pair: [string, string]; merged: string; count: number }[] {
	let vocab = words.map((w) => ({ symbols: [...w.symbols], count: w.count }));
	const merges: { pair: [string, string]; merged: string; count: number }[] = [];
	const limit = Math.floor(numMerges);
	for (let i = 0; i < limit; i++) {
		const stats = new Map<string, { pair: [string, string]; count: number }>();
		for (const { symbols, count } of vocab) {
			for (let j = 0; j + 1 < symbols.length; j++) {
				const key = JSON.stringify([symbols[j], symbols[j + 1]]);
				const entry = stats.get(key);
				if (entry) entry.count += count;
				else stats.set(key, { pair: [symbols[j], symbols[j + 1]], count });
			}
		}
		let best: { pair: [string, string]; count: number } | undefined;
		for (const entry of stats.values()) if (!best || entry.count > best.count) best = entry;
		if (!best || best.count < 2) break;
		const [a, b] = best.pair;
		const merged = a + b;
		merges.push({ pair: [a, b], merged, count: best.count });
		vocab = vocab.map(({ symbols, count }) => {
			const out: string[] = [];
			for (let j = 0; j < symbols.length; j++) {
				if (j + 1 < symbols.length && symbols[j] === a && symbols[j + 1] === b) {
					out.push(merged);
					j++;
				} else {
					out.push(symbols[j]);
				}
			}
			return { symbols: out, count };
		});
	}
	return merges;
}
