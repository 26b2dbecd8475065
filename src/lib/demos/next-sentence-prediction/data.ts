import { guideSentences } from '$lib/content/guide-sentences';
import { guideWordVectors } from '$lib/engines/attention';
import type { Lang } from '$lib/i18n/strings';
import { cosine } from '$lib/math/linalg';
import { auc } from '$lib/math/roc';
import type { Steps } from '$lib/math/steps';
import { segmentSentences } from '$lib/math/word-segment';
import { sentenceVector } from '$lib/math/word-vectors';
import { inChunks } from '$lib/scheduling/in-chunks';
import {
	nextSentencePairs,
	sentenceOrderPairs,
	type AnswerSentence,
	type SentencePair
} from './pairs';

/** The answers' sentences of one language, each with its sentence vector. */
export interface NspData {
	sentences: AnswerSentence[];
	vectors: Map<AnswerSentence, number[] | undefined>;
}

const cache = new Map<Lang, Promise<NspData>>();

/** The guide's answers sentence by sentence (titles left out), with their vectors; loaded once. */
export function nspData(lang: Lang): Promise<NspData> {
	let data = cache.get(lang);
	if (!data) {
		data = Promise.all([guideSentences(lang), guideWordVectors()]).then(([all, words]) => {
			const sentences = all
				.filter((s) => !s.title)
				.map((s) => ({ text: s.text, question: s.question }));
			const vectors = new Map(
				sentences.map((s) => [s, sentenceVector(words, segmentSentences(s.text).flat())])
			);
			return { sentences, vectors };
		});
		cache.set(lang, data);
	}
	return data;
}

/**
 * The topic scorer: the cosine of the two sentences' vectors (the mean of their words' vectors).
 * It knows which words each sentence uses, not their order nor which sentence comes first:
 * score(A, B) = score(B, A). A sentence with no known word scores 0.
 */
export function topicScore(data: NspData, pair: SentencePair): number {
	const a = data.vectors.get(pair.a);
	const b = data.vectors.get(pair.b);
	return a && b ? cosine(a, b) : 0;
}

export interface Scored {
	pairs: SentencePair[];
	scores: number[];
	labels: boolean[];
}

export function scored(data: NspData, pairs: SentencePair[]): Scored {
	return {
		pairs,
		scores: pairs.map((p) => topicScore(data, p)),
		labels: pairs.map((p) => p.positive)
	};
}

/** Seeds in the spread of AUCs below. */
export const SEEDS = 100;

export interface AucSpread {
	mean: number;
	min: number;
	max: number;
}

const spread = (xs: number[]): AucSpread => ({
	mean: xs.reduce((a, b) => a + b, 0) / xs.length,
	min: Math.min(...xs),
	max: Math.max(...xs)
});

function* aucSteps(data: NspData): Steps<{ nsp: AucSpread; sop: AucSpread }> {
	const nsp: number[] = [];
	const sop: number[] = [];
	for (let seed = 0; seed < SEEDS; seed++) {
		for (const [out, make] of [
			[nsp, nextSentencePairs],
			[sop, sentenceOrderPairs]
		] as const) {
			const s = scored(data, make(data.sentences, seed));
			out.push(auc(s.scores, s.labels));
		}
		yield;
	}
	return { nsp: spread(nsp), sop: spread(sop) };
}

const spreads = new Map<NspData, Promise<{ nsp: AucSpread; sop: AucSpread }>>();

/** Each task's AUC over seeds 0 … SEEDS − 1, on the page in short chunks; computed once. */
export function aucOverSeeds(data: NspData): Promise<{ nsp: AucSpread; sop: AucSpread }> {
	let result = spreads.get(data);
	if (!result) {
		result = inChunks(aucSteps(data));
		spreads.set(data, result);
	}
	return result;
}
