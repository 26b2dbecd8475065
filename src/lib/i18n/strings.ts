/**
 * UI strings in both languages. A part is one area's strings (`strings(en, zh)`); a translator
 * joins the parts an area shows (`translator(core, share, own)`) and is typed by their keys, so
 * a key that no joined part holds is a type error, and importing the translator is what loads
 * the strings. `{name}` marks a value filled in by `format()`.
 */
export const langs = ['en', 'zh'] as const;
export type Lang = (typeof langs)[number];

export type StringsPart<K extends string = string> = {
	readonly en: Readonly<Record<K, string>>;
	readonly zh: Readonly<Record<K, string>>;
};

/** One part: the Chinese strings must have exactly the English keys. */
export function strings<const E extends Record<string, string>>(
	en: E,
	zh: Record<keyof E, string>
): StringsPart<keyof E & string> {
	return { en, zh };
}

type KeyOf<P> = P extends StringsPart<infer K> ? K : never;

export type Translator<K extends string> = (
	key: K,
	vars?: Record<string, string | number>
) => string;

/** Joins parts into one dictionary per language; a key held by two parts is an error. */
export function joinParts<const P extends readonly StringsPart[]>(
	parts: P
): Record<Lang, Record<KeyOf<P[number]>, string>> {
	const joined = { en: {}, zh: {} } as Record<Lang, Record<string, string>>;
	for (const part of parts) {
		for (const lang of langs) {
			for (const [key, value] of Object.entries(part[lang])) {
				if (key in joined[lang]) throw new Error(`i18n: the key "${key}" is in two parts`);
				joined[lang][key] = value;
			}
		}
	}
	return joined;
}

/** Templates split once into [text, name, text, name, …, text]: a heatmap formats thousands. */
const splitTemplates = new Map<string, string[]>();
/** More templates than the site's strings hold: a caller formatting arbitrary text starts over. */
const MAX_TEMPLATES = 10_000;

export function format(template: string, vars: Record<string, string | number> = {}): string {
	let parts = splitTemplates.get(template);
	if (!parts) {
		if (splitTemplates.size >= MAX_TEMPLATES) splitTemplates.clear();
		parts = template.split(/\{(\w+)\}/);
		splitTemplates.set(template, parts);
	}
	let out = parts[0];
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i];
		out += (name in vars ? String(vars[name]) : `{${name}}`) + parts[i + 1];
	}
	return out;
}
