/**
 * Records for a keyed `{#each}` that keep their identity while their fields do not change. A
 * `$derived` list is new on every change, and Svelte re-runs every effect of an item whose value
 * is a new object; an item handed back as the very object it was is left alone. So a view that
 * redraws a hundred items when one of them changed pays for one.
 *
 * Create one per list (a closure holds the previous records) and call it inside `$derived`.
 */
export function stableRecords<K extends object>(
	keyOf: (record: K) => string | number
): <T extends K>(next: T[]) => T[] {
	let previous = new Map<string | number, K>();
	// One pass, no arrays per record: a heatmap's cells run a thousand records through this per
	// change.
	return <T extends K>(next: T[]): T[] => {
		const kept = new Array<T>(next.length);
		const byKey = new Map<string | number, K>();
		for (let i = 0; i < next.length; i++) {
			const key = keyOf(next[i]);
			const before = previous.get(key);
			// The same key and equal fields: the earlier record is of the same shape as this one.
			kept[i] = before !== undefined && shallowEqual(before, next[i]) ? (before as T) : next[i];
			byKey.set(key, kept[i]);
		}
		previous = byKey;
		return kept;
	};
}

function shallowEqual(a: object, b: object): boolean {
	const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
	for (const key in x) if (!(key in y) || !Object.is(x[key], y[key])) return false;
	for (const key in y) if (!(key in x)) return false;
	return true;
}

/**
 * One value that keeps its identity while it stays equal by `same`, for the same reason: called
 * inside `$derived`, an equal value handed back as the very object it was wakes nothing (a tween
 * whose target is equal does not start again).
 */
export function stableValue<T>(same: (a: T, b: T) => boolean): (next: T) => T {
	let previous: { value: T } | undefined;
	return (next: T): T => {
		if (previous && same(previous.value, next)) return previous.value;
		previous = { value: next };
		return next;
	};
}

/** Lists of numbers compared element by element: a stableValue for a list of numbers. */
export const stableNumbers = <T extends readonly number[]>() =>
	stableValue<T>((a, b) => a.length === b.length && a.every((v, i) => v === b[i]));
