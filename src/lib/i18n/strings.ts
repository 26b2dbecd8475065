/**
 * Every UI string, in both languages: one dictionary, assembled from one part per area so that
 * each demo keeps its strings together. `{name}` marks a value filled in by `format()`.
 */
import { core } from './dict/core';
import { sampling } from './dict/sampling';
import { masking } from './dict/masking';
import { positional } from './dict/positional';
import { dot } from './dict/dot';
import { ngramlm } from './dict/ngramlm';
import { beam } from './dict/beam';
import { stepper } from './dict/stepper';
import { attention } from './dict/attention';
import { topk } from './dict/topk';
import { softmax } from './dict/softmax';
import { tokenization } from './dict/tokenization';

export const langs = ['en', 'zh'] as const;
export type Lang = (typeof langs)[number];

const parts = [
	core,
	sampling,
	softmax,
	topk,
	attention,
	stepper,
	beam,
	ngramlm,
	dot,
	positional,
	masking,
	tokenization
] as const;

type Part = (typeof parts)[number];
type Keys<P> = P extends { en: infer E } ? keyof E : never;
export type StringKey = Keys<Part>;

function merge(lang: Lang): Record<StringKey, string> {
	const out: Record<string, string> = {};
	for (const part of parts) {
		for (const [key, value] of Object.entries(part[lang])) {
			if (key in out) throw new Error(`i18n: the key "${key}" is defined twice`);
			out[key] = value;
		}
	}
	return out as Record<StringKey, string>;
}

export const strings: Record<Lang, Record<StringKey, string>> = {
	en: merge('en'),
	zh: merge('zh')
};

export function format(template: string, vars: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}
