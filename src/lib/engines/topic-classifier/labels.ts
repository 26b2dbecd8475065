import { topics } from '$lib/content/registry';

/** Classes need at least two labels to choose between. */
export const MIN_LABELS = 2;

/** The topic indices in use: all of `topics` but those listed in `off` (out-of-range ones ignored). */
export function chosenLabels(off: readonly number[]): number[] {
	const dropped = new Set(off);
	return topics.map((_, i) => i).filter((i) => !dropped.has(i));
}

/**
 * The items whose topic is among `labels`, each relabelled with its topic's place in `labels`, so
 * that classes run 0…labels.length−1.
 */
export function restrictToLabels<T extends { label: number }>(
	items: readonly T[],
	labels: readonly number[]
): T[] {
	const place = new Map(labels.map((topic, i) => [topic, i]));
	return items.filter((x) => place.has(x.label)).map((x) => ({ ...x, label: place.get(x.label)! }));
}
