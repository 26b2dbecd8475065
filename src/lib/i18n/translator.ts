import { prefs } from '$lib/state/preferences.svelte';
import { core } from './core';
import { format, joinParts, type Lang, type StringsPart, type Translator } from './strings';

type KeyOf<P> = P extends StringsPart<infer K> ? K : never;

/**
 * A translator over the site's core strings and the given parts: a UI string in the reader's
 * language, reactive wherever it is read in markup.
 */
export function translator<const P extends readonly StringsPart[]>(
	...parts: P
): Translator<KeyOf<P[number]> | KeyOf<typeof core>> {
	const dictionary: Record<Lang, Record<string, string>> = joinParts([core, ...parts]);
	return (key, vars) => format(dictionary[prefs.lang][key], vars);
}
