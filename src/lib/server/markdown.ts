import { Marked } from 'marked';
import markedKatex from 'marked-katex-extension';

/** Markdown with $…$ / $$…$$ typeset by KaTeX at build time: the browser gets HTML, never KaTeX's JS. */
const markdown = new Marked(markedKatex({ throwOnError: true, nonStandard: true }));

/** Notes (the only blockquotes in the content) get a class so they read as notes, not quotes. */
markdown.use({
	renderer: {
		blockquote({ tokens }) {
			return `<aside class="note">${this.parser.parse(tokens)}</aside>\n`;
		}
	}
});

export function renderMarkdown(source: string): string {
	return markdown.parse(source, { async: false });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Readable text for search: formulas dropped, markup stripped, white space folded. */
export function plainText(source: string): string {
	const withoutMath = source.replace(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g, ' ');
	const html = new Marked().parse(withoutMath, { async: false });
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name])
		.replace(/\s+/g, ' ')
		.trim();
}
