import { guideTexts } from '$lib/content/guide-text';
import type { Steps } from '$lib/math/steps';
import { segmentSentences } from '$lib/math/word-segment';
import { wordVectorSteps, type WordVectors } from '$lib/math/word-vectors';
import { inSlices } from '$lib/scheduling/in-slices';

/** Width of the word vectors: 32 dimensions, enough for a vocabulary of ~1,500 words. */
export const WORD_DIM = 32;

let cached: Promise<WordVectors> | undefined;

/**
 * Word vectors of the guide's own answers, English and Chinese in one vocabulary (window 3,
 * PPMI with α = 0.75, rank 32). The text is loaded only when asked for; trained once per page
 * (~0.2 s, about a second on a slow laptop), in slices that leave the page responsive meanwhile.
 */
export function guideWordVectors(): Promise<WordVectors> {
	cached ??= guideTexts().then((texts) => inSlices(guideSteps(texts)));
	return cached;
}

function* guideSteps({ en, zh }: { en: string; zh: string }): Steps<WordVectors> {
	const sentences = segmentSentences(en);
	yield;
	sentences.push(...segmentSentences(zh));
	yield;
	return yield* wordVectorSteps(sentences, { dim: WORD_DIM });
}
