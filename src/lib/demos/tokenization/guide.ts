import type { Lang } from '$lib/i18n/strings';

const texts = new Map<Lang, string>();
const pending = new Map<Lang, Promise<string>>();

/**
 * The guide's answers as one text, the training text of our BPE. The corpus module is loaded on
 * first use; after that the text itself is returned, so an {#await} shows it without a flash.
 */
export function guideText(lang: Lang): string | Promise<string> {
	const known = texts.get(lang);
	if (known !== undefined) return known;
	let promise = pending.get(lang);
	if (!promise) {
		promise = import('$lib/content/corpus').then(({ corpusText }) => {
			const text = corpusText(lang);
			texts.set(lang, text);
			return text;
		});
		pending.set(lang, promise);
	}
	return promise;
}
