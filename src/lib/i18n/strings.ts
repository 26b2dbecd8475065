/**
 * Every UI string, in both languages: one dictionary, assembled from one part per area. The
 * site's own strings are always there; a demo's part joins when the demo's code loads (each part
 * registers itself), so a page carries only the strings it can show. `{name}` marks a value
 * filled in by `format()`.
 */
import { core } from './dict/core';
import type { attention } from './dict/attention';
import type { beam } from './dict/beam';
import type { dot } from './dict/dot';
import type { exporting } from './dict/export';
import type { masking } from './dict/masking';
import type { ngramlm } from './dict/ngramlm';
import type { positional } from './dict/positional';
import type { sampling } from './dict/sampling';
import type { share } from './dict/share';
import type { softmax } from './dict/softmax';
import type { stepper } from './dict/stepper';
import type { tokenization } from './dict/tokenization';
import type { topk } from './dict/topk';

export const langs = ['en', 'zh'] as const;
export type Lang = (typeof langs)[number];

export type StringsPart = { en: Record<string, string>; zh: Record<string, string> };
type Keys<P> = P extends { en: infer E } ? keyof E : never;
export type StringKey = Keys<
	| typeof core
	| typeof attention
	| typeof beam
	| typeof dot
	| typeof exporting
	| typeof masking
	| typeof ngramlm
	| typeof positional
	| typeof sampling
	| typeof share
	| typeof softmax
	| typeof stepper
	| typeof tokenization
	| typeof topk
>;

export const strings = { en: { ...core.en }, zh: { ...core.zh } } as Record<
	Lang,
	Record<StringKey, string>
>;

const registered = new Set<StringsPart>([core]);

/** Adds a part to the dictionary (once); a key defined by two parts is an error. */
export function registerStrings<P extends StringsPart>(part: P): P {
	if (registered.has(part)) return part;
	for (const lang of langs) {
		const target = strings[lang] as Record<string, string>;
		for (const [key, value] of Object.entries(part[lang])) {
			// A part edited in the dev server comes back as a new module: it replaces itself.
			if (key in target && !import.meta.hot) {
				throw new Error(`i18n: the key "${key}" is defined twice`);
			}
			target[key] = value;
		}
	}
	registered.add(part);
	return part;
}

export function format(template: string, vars: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}
