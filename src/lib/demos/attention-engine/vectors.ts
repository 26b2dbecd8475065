import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n/strings';
import { segmentSentences } from '$lib/math/word-segment';
import { trainWordVectors, type WordVectors } from '$lib/math/word-vectors';

/** Width of the word vectors: 32 dimensions, enough for a vocabulary of ~1,500 words. */
export const WORD_DIM = 32;

/** The guide's answers as plain text: a prerendered data file in the browser (not a script). */
async function guideText(): Promise<Record<Lang, string>> {
	if (browser) {
		const response = await fetch(resolve('/guide-text.json'));
		if (!response.ok) throw new Error(`guide-text.json: ${response.status}`);
		return response.json();
	}
	const { corpusText } = await import('$lib/content/corpus');
	return { en: corpusText('en'), zh: corpusText('zh') };
}

let cached: Promise<WordVectors> | undefined;

/**
 * Word vectors of the guide's own answers, English and Chinese in one vocabulary (window 3,
 * PPMI with α = 0.75, rank 32). The text is loaded only when asked for; trained once per page
 * (~0.2 s).
 */
export function guideWordVectors(): Promise<WordVectors> {
	cached ??= guideText().then(({ en, zh }) =>
		trainWordVectors([...segmentSentences(en), ...segmentSentences(zh)], { dim: WORD_DIM })
	);
	return cached;
}
