import { controlPolicy } from '$lib/state/site.svelte';

/**
 * A chart's editing callback (dragging a bar, picking a cell), or none while a link locks the key
 * it writes: the chart then draws as a picture rather than a control.
 */
export function unlessLocked<F>(key: string, edit: F): F | undefined {
	return controlPolicy.locked(key) ? undefined : edit;
}
