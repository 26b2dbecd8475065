import { guideSentences } from '$lib/content/guide-sentences';
import type { Lang } from '$lib/i18n/strings';
import { segmentSentences } from '$lib/math/word-segment';
import { buildCorpus, type Corpus } from './corpus';
import { MIN_COUNT } from './params';

const cache = new Map<Lang, Promise<Corpus>>();

/** The corpus of one language, built once per page. */
export function loadCorpus(lang: Lang): Promise<Corpus> {
	let corpus = cache.get(lang);
	if (!corpus) {
		corpus = guideSentences(lang).then((all) =>
			buildCorpus(
				all.flatMap((s) => segmentSentences(s.text)),
				MIN_COUNT
			)
		);
		cache.set(lang, corpus);
	}
	return corpus;
}
