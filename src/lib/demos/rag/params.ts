import type { Schema } from '$lib/state/params';

/** The most characters a query may hold (longer ones are cut, with a notice). */
export const MAX_QUERY = 500;

export const schema = {
	/** The reader's question. */
	q: { kind: 'string', default: 'How are documents ranked by relevance?', maxLength: MAX_QUERY },
	/** How chunks are ranked: by shared words, by word vectors, or a mix of both. */
	method: { kind: 'enum', default: 'hybrid', values: ['bm25', 'dense', 'hybrid'] },
	/** BM25's share of the hybrid score (the rest is the dense one's). */
	w: { kind: 'number', default: 0.5, min: 0, max: 1, step: 0.05 },
	/** Chunk size in words. */
	size: { kind: 'int', default: 20, min: 5, max: 100, step: 5 },
	/** Overlap between neighbouring chunks, in percent of the chunk size. */
	overlap: { kind: 'int', default: 25, min: 0, max: 75, step: 5 },
	/** How many chunks go into the prompt. */
	k: { kind: 'int', default: 3, min: 1, max: 10 }
} as const satisfies Schema;
