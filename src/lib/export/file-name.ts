/** File names for exported charts: `llm-playground-<page>-<chart>.<ext>`. */

const MAX_SLUG = 60;

/**
 * Lower-case letters and digits of any script, joined by single hyphens ('' when none); a long
 * one is cut after its last whole word within the limit.
 */
export function slugify(text: string): string {
	const chars = Array.from(
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-|-$/g, '')
	);
	if (chars.length <= MAX_SLUG) return chars.join('');
	const cut = chars.slice(0, MAX_SLUG + 1).join('');
	const lastBreak = cut.lastIndexOf('-');
	return lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, -1);
}

/** One slug per chart name, none repeated: `chart-<n>` for a nameless one, `-2`, `-3` for twins. */
export function uniqueSlugs(names: string[]): string[] {
	const taken = new Set<string>();
	return names.map((name, i) => {
		const base = slugify(name) || `chart-${i + 1}`;
		let slug = base;
		for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
		taken.add(slug);
		return slug;
	});
}

export function fileName(page: string | undefined, chart: string, ext: 'svg' | 'png'): string {
	return ['llm-playground', page && slugify(page), chart].filter(Boolean).join('-') + `.${ext}`;
}
