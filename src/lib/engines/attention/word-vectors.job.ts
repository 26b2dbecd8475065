import { defineJob } from '$lib/jobs';
import { segmentSentences } from '$lib/math/word-segment';
import { wordVectorSteps } from '$lib/math/word-vectors';

/**
 * Word vectors of the guide's own answers, English and Chinese in one vocabulary (window 3,
 * PPMI with α = 0.75, rank `dim`).
 */
export const guideVectors = defineJob(function* ({
	en,
	zh,
	dim
}: {
	en: string;
	zh: string;
	dim: number;
}) {
	const sentences = segmentSentences(en);
	yield;
	sentences.push(...segmentSentences(zh));
	yield;
	return yield* wordVectorSteps(sentences, { dim });
});
