import { json } from '@sveltejs/kit';
import { answerTexts } from '$lib/content/corpus';

export const prerender = true;

/**
 * The guide's answers as plain text ({ en, zh }: one string per answer), for the demos that
 * train on them: a data file their pages fetch, rather than the guide's Markdown compiled into a
 * script.
 */
export function GET() {
	return json({ en: answerTexts('en'), zh: answerTexts('zh') });
}
