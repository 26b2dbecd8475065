import { defineJob } from '$lib/jobs';
import { segmentSentences } from '$lib/math/word-segment';
import { wordVectorSteps } from '$lib/math/word-vectors';

/** Width of the word vectors: 32 dimensions, enough for a vocabulary of ~1,500 words. */
export const WORD_DIM = 32;

/**
 * Word vectors of the guide's own answers, English and Chinese in one vocabulary (window 3,
 * PPMI with α = 0.75, rank 32).
 */
export const guideVectors = defineJob(function* ({ en, zh }: { en: string; zh: string }) {
	const sentences = segmentSentences(en);
	yield;
	sentences.push(...segmentSentences(zh));
	yield;
	return yield* wordVectorSteps(sentences, { dim: WORD_DIM });
});
