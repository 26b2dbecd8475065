import { guideTexts } from '$lib/content/guide-text';
import { segmentSentences } from '$lib/math/word-segment';
import { trainWordVectors, type WordVectors } from '$lib/math/word-vectors';

/** Width of the word vectors: 32 dimensions, enough for a vocabulary of ~1,500 words. */
export const WORD_DIM = 32;

let cached: Promise<WordVectors> | undefined;

/**
 * Word vectors of the guide's own answers, English and Chinese in one vocabulary (window 3,
 * PPMI with α = 0.75, rank 32). The text is loaded only when asked for; trained once per page
 * (~0.2 s).
 */
export function guideWordVectors(): Promise<WordVectors> {
	cached ??= guideTexts().then(({ en, zh }) =>
		trainWordVectors([...segmentSentences(en), ...segmentSentences(zh)], { dim: WORD_DIM })
	);
	return cached;
}
