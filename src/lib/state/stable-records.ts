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
	return <T extends K>(next: T[]): T[] => {
		const kept = next.map((record) => {
			const before = previous.get(keyOf(record));
			// The same key and equal fields: the earlier record is of the same shape as this one.
			return before !== undefined && shallowEqual(before, record) ? (before as T) : record;
		});
		previous = new Map(kept.map((record) => [keyOf(record), record]));
		return kept;
	};
}

function shallowEqual(a: object, b: object): boolean {
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every(
		(key) =>
			key in b &&
			Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
	);
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
