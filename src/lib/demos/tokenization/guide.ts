import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n/strings';

const texts = new Map<Lang, string>();
let pending: Promise<Record<Lang, string>> | undefined;

/**
 * Both guide texts: in the browser the prerendered data file (data, not a script, so it costs no
 * JavaScript to parse); on the server, where there is no page to fetch from, the corpus module.
 */
async function loadGuideTexts(): Promise<Record<Lang, string>> {
	if (browser) {
		const response = await fetch(resolve('/guide-text.json'));
		if (!response.ok) throw new Error(`guide-text.json: ${response.status}`);
		return response.json();
	}
	const { corpusText } = await import('$lib/content/corpus');
	return { en: corpusText('en'), zh: corpusText('zh') };
}

/**
 * The guide's answers as one text, the training text of our BPE. It is loaded on first use;
 * after that the text itself is returned, so an {#await} shows it without a flash.
 */
export function guideText(lang: Lang): string | Promise<string> {
	const known = texts.get(lang);
	if (known !== undefined) return known;
	pending ??= loadGuideTexts().then((loaded) => {
		for (const [l, text] of Object.entries(loaded)) texts.set(l as Lang, text);
		return loaded;
	});
	return pending.then((loaded) => loaded[lang]);
}
