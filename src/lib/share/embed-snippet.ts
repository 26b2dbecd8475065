/**
 * The `<iframe>` snippet a blogger pastes: the embed page in the current state, plus the site's
 * hide / lock / theme / lang keys, and the one script that resizes playground frames.
 */
import { encodeHash, type Schema, type Values } from '$lib/state/params';
import { siteSchema, type SiteValues } from '$lib/state/site-params';

export type EmbedOptions = Pick<SiteValues, 'hide' | 'lock' | 'theme' | 'lang'> & {
	height: number;
};

export const HEIGHT = { min: 150, max: 4000 } as const;

/** `#a=1&b=2` and `#c=3` → `#a=1&b=2&c=3`. */
function joinHashes(...hashes: string[]): string {
	const parts = hashes.map((h) => h.replace(/^#/, '')).filter((h) => h !== '');
	return parts.length ? `#${parts.join('&')}` : '';
}

/** The embed page's address: the demo's own state (nothing else from the page) and the options. */
export function embedUrl<S extends Schema>(
	siteRoot: string,
	slug: string,
	schema: S,
	values: Values<S>,
	options: EmbedOptions
): string {
	const site: SiteValues = { ...options, present: false, lesson: [] };
	const hash = joinHashes(encodeHash(schema, values), encodeHash(siteSchema, site));
	return `${siteRoot.replace(/\/$/, '')}/embed/${slug}${hash}`;
}

const escapeAttr = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The HTML to paste: the frame at a fixed height (works alone), and the resizing script. */
export function embedSnippet(url: string, siteRoot: string, title: string, height: number): string {
	const h = Math.round(Math.min(HEIGHT.max, Math.max(HEIGHT.min, height)));
	return [
		`<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="100%" height="${h}"`,
		`  style="border: 0; max-width: 100%" loading="lazy" allow="fullscreen; clipboard-write"></iframe>`,
		`<script src="${escapeAttr(siteRoot.replace(/\/$/, ''))}/embed.js" async></script>`
	].join('\n');
}
