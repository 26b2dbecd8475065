import { prefs } from '$lib/state/preferences.svelte';
import { format, strings, type StringKey } from './strings';

/** A UI string in the reader's language; reactive wherever it is read in markup. */
export function t(key: StringKey, vars?: Record<string, string | number>): string {
	return format(strings[prefs.lang][key], vars);
}
