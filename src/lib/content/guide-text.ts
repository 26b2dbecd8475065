import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n/strings';

let pending: Promise<Record<Lang, string>> | undefined;

/**
 * Both guide texts as plain text, loaded once per page: in the browser the prerendered
 * /guide-text.json (data, not a script, so it costs no JavaScript to parse); on the server,
 * where there is no page to fetch from, the corpus module.
 */
export function guideTexts(): Promise<Record<Lang, string>> {
	pending ??= (async () => {
		if (browser) {
			const response = await fetch(resolve('/guide-text.json'));
			if (!response.ok) throw new Error(`guide-text.json: ${response.status}`);
			return response.json();
		}
		const { corpusText } = await import('./corpus');
		return { en: corpusText('en'), zh: corpusText('zh') };
	})();
	return pending;
}
