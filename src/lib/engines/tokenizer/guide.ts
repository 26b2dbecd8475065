import { guideTexts } from '$lib/content/guide-text';
import type { Lang } from '$lib/i18n/strings';

const texts = new Map<Lang, string>();

/**
 * The guide's answers as one text, the training text of our BPE. It is loaded on first use;
 * after that the text itself is returned, so an {#await} shows it without a flash.
 */
export function guideText(lang: Lang): string | Promise<string> {
	const known = texts.get(lang);
	if (known !== undefined) return known;
	return guideTexts().then((loaded) => {
		for (const [l, text] of Object.entries(loaded)) texts.set(l as Lang, text);
		return loaded[lang];
	});
}
