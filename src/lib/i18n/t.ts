import { prefs } from '$lib/state/preferences.svelte';
import { format, strings, type StringKey } from './strings';

/** A UI string in the reader's language; reactive wherever it is read in markup. */
export function t(key: StringKey, vars?: Record<string, string | number>): string {
	const template = strings[prefs.lang][key];
	if (template === undefined) {
		// The part holding this key was never loaded: the module using it must import it.
		console.error(`i18n: no string "${key}" (its dictionary part is not loaded)`);
		return key;
	}
	return format(template, vars);
}
