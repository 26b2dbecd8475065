import type { Lang } from '$lib/i18n/strings';

/**
 * The guide's own answers as plain text, the training text of the demos' language models.
 * Titles and answers only: our notes (blockquotes) are not the guide's words and are left out.
 */
const sources = import.meta.glob('./questions/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Markdown to plain text, sentence by sentence: formulas, notes and markup dropped. */
export function stripMarkdown(markdown: string): string {
	return markdown
		.split('\n')
		.filter((line) => !line.startsWith('>'))
		.join('\n')
		.replace(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s*(#+|[-*]|\d+\.)\s+/gm, '')
		.replace(/[*_`]/g, '')
		.replace(/[ \t]+/g, ' ')
		.trim();
}

/** The answers one by one, in question order (so whole answers can be held out). */
export function answerTexts(lang: Lang): string[] {
	return Object.keys(sources)
		.sort()
		.map((path) => {
			const [, en = '', zh = ''] = sources[path].split(/<!--\s*(?:en|zh)\s*-->/);
			return stripMarkdown(lang === 'en' ? en : zh);
		});
}

export function corpusText(lang: Lang): string {
	return answerTexts(lang).join('\n\n');
}
