/**
 * The document store of the RAG demo: the guide's 50 answers in both languages, cut into chunks of
 * a few words with overlap, indexed for BM25 and embedded as mean word vectors. Pure: the page,
 * the evaluation job and the tests build it from the same answers.
 */
import type { Lang } from '$lib/i18n/strings';
import { bm25Index, bm25Scores, type Bm25Index } from '$lib/math/bm25';
import { chunkRanges } from '$lib/math/chunking';
import { dot, norm } from '$lib/math/linalg';
import { topKIndices } from '$lib/math/order';
import { hybridScores } from '$lib/math/score-fusion';
import { wordSpans, type WordSpan } from '$lib/math/word-segment';
import { sentenceVector, type WordVectors } from '$lib/math/word-vectors';

export const LANGS = ['en', 'zh'] as const satisfies readonly Lang[];
export const METHODS = ['bm25', 'dense', 'hybrid'] as const;
export type Method = (typeof METHODS)[number];

/** One answer, its title (the question as asked, kept out of the store) and its words. */
export interface Answer {
	question: number;
	lang: Lang;
	title: string;
	body: string;
	words: WordSpan[];
}

export interface Chunk {
	question: number;
	lang: Lang;
	/** The chunk's text as it stands in the answer. */
	text: string;
	/** Its words, with offsets into `text`. */
	words: WordSpan[];
	/** Its words lowercased: what BM25 indexes and the word vectors look up. */
	terms: string[];
}

export interface Store {
	chunks: Chunk[];
	bm25: Bm25Index;
	/** Each chunk's mean word vector and its length (0 when no word of it has a vector). */
	vectors: (number[] | undefined)[];
	norms: number[];
}

/** The answers of both languages, each split into its title line and its body. */
export function splitAnswers(answers: Record<Lang, string[]>): Answer[] {
	return LANGS.flatMap((lang) =>
		answers[lang].map((text, i) => {
			const [title, ...rest] = text.split('\n');
			// Formulas are stripped from the plain text, leaving empty lines behind: close them up.
			const body = rest
				.join('\n')
				.replace(/\s*\n\s*/g, '\n')
				.trim();
			return { question: i + 1, lang, title: title.trim(), body, words: wordSpans(body) };
		})
	);
}

/** The words of a text as the store indexes them: word segments, lowercased. */
export function queryTerms(text: string): string[] {
	return wordSpans(text).map((w) => w.text.toLowerCase());
}

/** Words of overlap for a chunk size and an overlap in percent of it. */
export const overlapWords = (size: number, percent: number) => Math.round((size * percent) / 100);

/** Chunks of `size` words overlapping by `overlap`, cut inside each answer (never across two). */
export function chunkAnswers(answers: Answer[], size: number, overlap: number): Chunk[] {
	return answers.flatMap((a) =>
		chunkRanges(a.words.length, size, overlap).map(([s, e]) => {
			const from = a.words[s].start;
			const text = a.body.slice(from, a.words[e - 1].end);
			const words = a.words
				.slice(s, e)
				.map((w) => ({ text: w.text, start: w.start - from, end: w.end - from }));
			return {
				question: a.question,
				lang: a.lang,
				text,
				words,
				terms: words.map((w) => w.text.toLowerCase())
			};
		})
	);
}

export function buildStore(chunks: Chunk[], vectors: WordVectors): Store {
	const embedded = chunks.map((c) => sentenceVector(vectors, c.terms));
	return {
		chunks,
		bm25: bm25Index(chunks.map((c) => c.terms)),
		vectors: embedded,
		norms: embedded.map((v) => (v ? norm(v) : 0))
	};
}

export interface Scores {
	bm25: Float64Array;
	/** Cosine of each chunk's mean vector with the query's (0 where either has none). */
	dense: Float64Array;
	hybrid: Float64Array;
}

/** Every chunk's score by each method; `weight` is BM25's share of the hybrid. */
export function scoreChunks(
	store: Store,
	terms: string[],
	vectors: WordVectors,
	weight: number
): Scores {
	const bm25 = bm25Scores(store.bm25, terms);
	const q = sentenceVector(vectors, terms);
	const qn = q ? norm(q) : 0;
	const dense = Float64Array.from(store.vectors, (v, i) =>
		v && q && qn > 0 && store.norms[i] > 0 ? dot(q, v) / (qn * store.norms[i]) : 0
	);
	return { bm25, dense, hybrid: hybridScores(bm25, dense, weight) };
}

/**
 * Whether a method retrieves chunk i at all: BM25 only chunks sharing a word with the query,
 * dense ones only chunks and queries with a vector, the hybrid either. The rest is not ranked.
 */
export function retrieves(scores: Scores, method: Method, i: number): boolean {
	const lexical = scores.bm25[i] > 0;
	const dense = scores.dense[i] !== 0;
	return method === 'bm25' ? lexical : method === 'dense' ? dense : lexical || dense;
}

/** The indices of the k best chunks a method retrieves, best first. */
export function topChunks(scores: Scores, method: Method, k: number): number[] {
	return topKIndices(scores[method], k, (i) => retrieves(scores, method, i));
}
