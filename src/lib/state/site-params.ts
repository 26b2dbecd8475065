/**
 * Hash keys that belong to the site rather than to one demo: how an embed or a lesson link shows
 * the page. They share the hash with the demo's own keys (`/embed/temperature#t=0.8&hide=seed`),
 * so no demo schema may use these names.
 */
import type { Schema, Values } from './params';

export const siteSchema = {
	/** Parameters whose controls are not shown: a comma list of keys, or `all`. */
	hide: { kind: 'string', default: '', maxLength: 500 },
	/** Parameters readers cannot change: a comma list of keys, or `all`. */
	lock: { kind: 'string', default: '', maxLength: 500 },
	/** `auto` follows the reader's own choice or system. */
	theme: { kind: 'enum', default: 'auto', values: ['auto', 'light', 'dark'] },
	lang: { kind: 'enum', default: 'auto', values: ['auto', 'en', 'zh'] },
	/** Presenter mode: large type, answer behind "reveal". */
	present: { kind: 'bool', default: false },
	/** An ordered list of question numbers that ← / → walk through. */
	lesson: { kind: 'numbers', default: [], min: 1, max: 50, maxLength: 50 }
} as const satisfies Schema;

export type SiteValues = Values<typeof siteSchema>;
export const siteKeys = Object.keys(siteSchema);

/** The special value of `hide` / `lock` that covers every parameter. */
export const ALL = 'all';

/** A `hide` or `lock` value as a set of keys; `all` covers every key. */
export function keySet(list: string): { all: boolean; keys: Set<string> } {
	const keys = new Set(
		list
			.split(',')
			.map((k) => k.trim())
			.filter((k) => k !== '')
	);
	return { all: keys.has(ALL), keys };
}

/** The lesson as whole question numbers in range, duplicates dropped. */
export function lessonNumbers(lesson: readonly number[]): number[] {
	return [...new Set(lesson.map(Math.round))];
}
