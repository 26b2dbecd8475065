/**
 * The skip-gram's training text as word ids: sentences already cut into words (load-corpus.ts
 * does that for the guide), the words seen fewer than `minCount` times left out.
 */

export interface Corpus {
	/** The vocabulary, most frequent first (ties in code-point order). */
	words: string[];
	index: Map<string, number>;
	/** How often each word occurs. */
	counts: number[];
	/** The sentences as word ids, rare words dropped. */
	sentences: number[][];
	/** Every word token and distinct word before the cut, for the page to say what was dropped. */
	tokens: number;
	distinct: number;
}

export function buildCorpus(sentences: readonly (readonly string[])[], minCount: number): Corpus {
	const freq = new Map<string, number>();
	for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
	const kept = [...freq]
		.filter(([, n]) => n >= minCount)
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	const words = kept.map(([w]) => w);
	const index = new Map(words.map((w, i) => [w, i]));
	return {
		words,
		index,
		counts: kept.map(([, n]) => n),
		sentences: sentences
			.map((s) => s.flatMap((w) => index.get(w) ?? []))
			.filter((s) => s.length > 1),
		tokens: sentences.reduce((a, s) => a + s.length, 0),
		distinct: freq.size
	};
}
