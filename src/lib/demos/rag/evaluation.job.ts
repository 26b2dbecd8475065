import { defineJob } from '$lib/jobs';
import type { Lang } from '$lib/i18n/strings';
import { argsort } from '$lib/math/order';
import { firstRelevantRank } from '$lib/math/retrieval-metrics';
import type { WordVectors } from '$lib/math/word-vectors';
import {
	buildStore,
	chunkAnswers,
	METHODS,
	overlapWords,
	queryTerms,
	retrieves,
	scoreChunks,
	splitAnswers,
	type Method
} from './store';

export interface EvaluationInput {
	answers: Record<Lang, string[]>;
	vectors: WordVectors;
	sizes: number[];
	/** Overlap as a share of the chunk size, in percent. */
	overlap: number;
	weight: number;
}

/** One chunk size: how many chunks, and the rank of each title's first own chunk by each method. */
export interface SizeResult {
	size: number;
	chunks: number;
	ranks: Record<Method, Record<Lang, (number | null)[]>>;
}

/**
 * Every question's title (in each language) as a query against the store of every chunk size:
 * where does the first chunk of its own answer (either language) rank, by each method?
 */
export const evaluation = defineJob(function* (input: EvaluationInput, { progress }) {
	const answers = splitAnswers(input.answers);
	const out: SizeResult[] = [];
	for (const [i, size] of input.sizes.entries()) {
		const chunks = chunkAnswers(answers, size, overlapWords(size, input.overlap));
		const store = buildStore(chunks, input.vectors);
		yield;
		const ranks = Object.fromEntries(
			METHODS.map((m) => [m, { en: [], zh: [] }])
		) as unknown as SizeResult['ranks'];
		for (const a of answers) {
			const scores = scoreChunks(store, queryTerms(a.title), input.vectors, input.weight);
			for (const m of METHODS) {
				const order = argsort(scores[m], 'descending').filter((c) => retrieves(scores, m, c));
				ranks[m][a.lang].push(firstRelevantRank(order, (c) => chunks[c].question === a.question));
			}
			if (a.question % 10 === 0) yield;
		}
		out.push({ size, chunks: chunks.length, ranks });
		progress((i + 1) / input.sizes.length);
	}
	return out;
});
