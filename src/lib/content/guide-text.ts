import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n/strings';

type ByLang<T> = Record<Lang, T>;

let pending: Promise<ByLang<string[]>> | undefined;

/**
 * The guide's answers as plain text, one string per answer in question order, loaded once per
 * page: in the browser the prerendered /guide-text.json (data, not a script, so it costs no
 * JavaScript to parse); on the server, where there is no page to fetch from, the corpus module.
 */
export function guideAnswers(): Promise<ByLang<string[]>> {
	pending ??= (async () => {
		if (browser) {
			const response = await fetch(resolve('/guide-text.json'));
			if (!response.ok) throw new Error(`guide-text.json: ${response.status}`);
			return response.json();
		}
		const { answerTexts } = await import('./corpus');
		return { en: answerTexts('en'), zh: answerTexts('zh') };
	})();
	return pending;
}

/** Both guide texts whole, the answers separated by blank lines (as `corpusText`). */
export async function guideTexts(): Promise<ByLang<string>> {
	const { en, zh } = await guideAnswers();
	return { en: en.join('\n\n'), zh: zh.join('\n\n') };
}

const wholeTexts = new Map<Lang, string>();

/**
 * One language's guide text whole, the training text of our BPE: a promise on first use, then
 * the text itself, so an {#await} shows it without a flash.
 */
export function guideText(lang: Lang): string | Promise<string> {
	const known = wholeTexts.get(lang);
	if (known !== undefined) return known;
	return guideTexts().then((loaded) => {
		for (const [l, text] of Object.entries(loaded)) wholeTexts.set(l as Lang, text);
		return loaded[lang];
	});
}
