import { json } from '@sveltejs/kit';
import { corpusText } from '$lib/content/corpus';

export const prerender = true;

/**
 * The guide's answers as plain text ({ en, zh }), for the attention demos' word vectors: a data
 * file their pages fetch, rather than the guide's Markdown compiled into a script.
 */
export function GET() {
	return json({ en: corpusText('en'), zh: corpusText('zh') });
}
