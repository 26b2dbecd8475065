/**
 * Okapi BM25 (Robertson & Zaragoza, 2009, "The Probabilistic Relevance Framework: BM25 and
 * Beyond", §3.4, eq. 3.13 with the "+1" IDF of Lucene, which is never negative):
 *
 *   score(D, Q) = Σ_{t ∈ Q} IDF(t) · f(t, D) · (k₁ + 1) / (f(t, D) + k₁ · (1 − b + b · |D| / avgdl))
 *   IDF(t)      = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5))
 *
 * f(t, D) is how often term t occurs in document D, |D| the document's length in terms, avgdl
 * the mean length, N the number of documents and n(t) how many contain t. A query term counts
 * once however often the query repeats it.
 */

export interface Bm25Options {
	/** Term-frequency saturation (default 1.2). */
	k1?: number;
	/** Length normalisation, 0 (none) … 1 (full) (default 0.75). */
	b?: number;
}

export interface Bm25Index {
	k1: number;
	b: number;
	/** Number of documents N. */
	size: number;
	lengths: number[];
	averageLength: number;
	/** For each term, the documents holding it and how often: [doc, f(t, D)] pairs. */
	postings: Map<string, [doc: number, count: number][]>;
}

/** Indexes documents given as lists of terms (already tokenized and folded). */
export function bm25Index(docs: readonly (readonly string[])[], opts: Bm25Options = {}): Bm25Index {
	const { k1 = 1.2, b = 0.75 } = opts;
	const postings = new Map<string, [number, number][]>();
	docs.forEach((terms, doc) => {
		const counts = new Map<string, number>();
		for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
		for (const [term, count] of counts) {
			const list = postings.get(term);
			if (list) list.push([doc, count]);
			else postings.set(term, [[doc, count]]);
		}
	});
	const lengths = docs.map((d) => d.length);
	const total = lengths.reduce((a, n) => a + n, 0);
	return {
		k1,
		b,
		size: docs.length,
		lengths,
		averageLength: docs.length > 0 ? total / docs.length : 0,
		postings
	};
}

/** IDF(t): ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5)); a term no document holds gets ln(1 + 2N + 1). */
export function bm25Idf(index: Bm25Index, term: string): number {
	const n = index.postings.get(term)?.length ?? 0;
	return Math.log(1 + (index.size - n + 0.5) / (n + 0.5));
}

/** One term's share of a document's score, given f(t, D) and |D|. */
export function bm25TermScore(
	index: Bm25Index,
	idf: number,
	count: number,
	length: number
): number {
	if (count === 0) return 0;
	const { k1, b, averageLength } = index;
	const norm = averageLength > 0 ? 1 - b + (b * length) / averageLength : 1;
	return (idf * count * (k1 + 1)) / (count + k1 * norm);
}

/** Every document's score for the query (0 where it shares no term with it). */
export function bm25Scores(index: Bm25Index, query: readonly string[]): Float64Array {
	const scores = new Float64Array(index.size);
	for (const term of new Set(query)) {
		const list = index.postings.get(term);
		if (!list) continue;
		const idf = bm25Idf(index, term);
		for (const [doc, count] of list) {
			scores[doc] += bm25TermScore(index, idf, count, index.lengths[doc]);
		}
	}
	return scores;
}

/** The score of one document term by term: what the sum above adds up, for showing it. */
export function bm25Breakdown(
	index: Bm25Index,
	doc: number,
	query: readonly string[]
): { term: string; count: number; idf: number; score: number }[] {
	return [...new Set(query)].map((term) => {
		const count = index.postings.get(term)?.find(([d]) => d === doc)?.[1] ?? 0;
		const idf = bm25Idf(index, term);
		return { term, count, idf, score: bm25TermScore(index, idf, count, index.lengths[doc]) };
	});
}
