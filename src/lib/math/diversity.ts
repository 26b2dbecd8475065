/**
 * How different a handful of token sequences are from each other: the measures the beam-search
 * demo uses to show that beams tend to end as near-duplicates. Sequences are arrays of token ids.
 */
import { mean } from './stats';

/** Length of the longest prefix shared by a and b. */
export function sharedPrefixLength(a: readonly number[], b: readonly number[]): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** Length of the longest prefix shared by every sequence (0 for none). */
export function commonPrefixLength(seqs: readonly (readonly number[])[]): number {
	if (seqs.length === 0) return 0;
	return seqs.reduce((n, s) => Math.min(n, sharedPrefixLength(seqs[0], s)), seqs[0].length);
}

/** Levenshtein distance counted in tokens: insertions, deletions and substitutions cost 1. */
export function tokenEditDistance(a: readonly number[], b: readonly number[]): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = row;
	}
	return prev[b.length];
}

/** Every unordered pair (i < j) of indices below n. */
function pairs(n: number): [number, number][] {
	const out: [number, number][] = [];
	for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out.push([i, j]);
	return out;
}

/**
 * distinct-n (Li et al., 2016): distinct n-grams across all sequences divided by all n-grams;
 * 1 when nothing repeats, near 0 when the sequences say the same thing. NaN with no n-gram at all.
 */
export function distinctNgramRatio(seqs: readonly (readonly number[])[], n: number): number {
	const seen = new Set<string>();
	let total = 0;
	for (const s of seqs) {
		for (let i = 0; i + n <= s.length; i++) {
			seen.add(s.slice(i, i + n).join(','));
			total++;
		}
	}
	return total === 0 ? NaN : seen.size / total;
}

export interface Diversity {
	/** Different sequences once duplicates are removed. */
	distinct: number;
	/** Tokens at the start that every sequence shares. */
	commonPrefix: number;
	/** Mean over pairs of the shared prefix length divided by the shorter length (0–1); NaN < 2. */
	meanSharedPrefixShare: number;
	/** Pairs at token edit distance ≤ 1 (one token changed, added or dropped), of all pairs. */
	nearDuplicatePairs: number;
	pairs: number;
	/** distinct-2 over all sequences. */
	distinct2: number;
}

export function diversity(seqs: readonly (readonly number[])[]): Diversity {
	const distinct = new Set(seqs.map((s) => s.join(','))).size;
	const all = pairs(seqs.length);
	const shares: number[] = [];
	let near = 0;
	for (const [i, j] of all) {
		const shorter = Math.min(seqs[i].length, seqs[j].length);
		shares.push(shorter === 0 ? 1 : sharedPrefixLength(seqs[i], seqs[j]) / shorter);
		if (tokenEditDistance(seqs[i], seqs[j]) <= 1) near++;
	}
	return {
		distinct,
		commonPrefix: commonPrefixLength(seqs),
		meanSharedPrefixShare: mean(shares),
		nearDuplicatePairs: near,
		pairs: all.length,
		distinct2: distinctNgramRatio(seqs, 2)
	};
}

/**
 * A rule of thumb for "these are variations of one sequence": on average the pairs share at
 * least half their length as a prefix, or fewer than half of all bigrams are new (distinct-2 < ½).
 */
export function looksAlike(d: Diversity): boolean {
	return d.meanSharedPrefixShare >= 0.5 || d.distinct2 < 0.5;
}
