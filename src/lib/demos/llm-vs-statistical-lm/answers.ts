import { stripMarkdown } from '$lib/content/corpus';
import type { Lang } from '$lib/i18n/strings';

/**
 * The guide's answers one by one (question order), as plain text: the same text the demos'
 * language model trains on (see corpusText), kept apart so whole answers can be held out.
 */
const sources = import.meta.glob('/src/lib/content/questions/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export function answerTexts(lang: Lang): string[] {
	return Object.keys(sources)
		.sort()
		.map((path) => {
			const [, en = '', zh = ''] = sources[path].split(/<!--\s*(?:en|zh)\s*-->/);
			return stripMarkdown(lang === 'en' ? en : zh);
		});
}
