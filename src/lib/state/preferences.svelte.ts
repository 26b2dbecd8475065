import { langs, type Lang } from '$lib/i18n/strings';
import { site } from './site.svelte';

export type Theme = 'light' | 'dark';

/** Storage keys, shared with static/prefs.js, which applies them before the first paint. */
export const STORAGE = { lang: 'llmp.lang', theme: 'llmp.theme', bilingual: 'llmp.bilingual' };
export const htmlLang: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

function read(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

function write(key: string, value: string) {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Private mode or storage disabled: the choice lasts for this visit only.
	}
}

/**
 * The reader's choices, remembered across visits. Server rendering always uses the defaults;
 * `restore()` runs once in the browser after hydration so the two never disagree. A link may
 * fix the language or theme (`#lang=zh&theme=dark`, as embeds do): that wins while it is in the
 * URL and is not remembered.
 */
class Preferences {
	#lang = $state<Lang>('en');
	/** undefined: follow the system. */
	#theme = $state<Theme | undefined>(undefined);
	bilingual = $state(false);
	systemDark = $state(false);

	restore() {
		const darkQuery = matchMedia('(prefers-color-scheme: dark)');
		this.systemDark = darkQuery.matches;
		darkQuery.addEventListener('change', (e) => (this.systemDark = e.matches));
		const lang = read(STORAGE.lang);
		if (langs.includes(lang as Lang)) this.#lang = lang as Lang;
		const theme = read(STORAGE.theme);
		if (theme === 'light' || theme === 'dark') this.#theme = theme;
		this.bilingual = read(STORAGE.bilingual) === '1';
	}

	get lang(): Lang {
		const fixed = site.values.lang;
		return fixed === 'auto' ? this.#lang : fixed;
	}

	/** The chosen theme; undefined: follow the system. */
	get theme(): Theme | undefined {
		const fixed = site.values.theme;
		return fixed === 'auto' ? this.#theme : fixed;
	}

	setLang(lang: Lang) {
		this.#lang = lang;
		write(STORAGE.lang, lang);
		site.set('lang', 'auto');
	}

	/** The theme on screen now, whether chosen or followed from the system. */
	get effectiveTheme(): Theme {
		return this.theme ?? (this.systemDark ? 'dark' : 'light');
	}

	setTheme(theme: Theme) {
		this.#theme = theme;
		write(STORAGE.theme, theme);
		site.set('theme', 'auto');
	}

	setBilingual(on: boolean) {
		this.bilingual = on;
		write(STORAGE.bilingual, on ? '1' : '0');
	}
}

export const prefs = new Preferences();
