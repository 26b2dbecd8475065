import { centroid } from '$lib/math/nearest-centroid';
import { examplesAt, fewShotSplit, type FewShotSplit } from '$lib/math/few-shot-split';
import { evaluate } from './evaluate';

/** The most labelled examples per class the few-shot page offers. */
export const MAX_K = 10;

type Item = { vector?: number[]; label: number };

/**
 * The class prototypes with k examples per class: with k = 0 the labels' description vectors
 * (zero-shot); with k ≥ 1 the centroid of the class's first k pooled examples, plus its
 * description as one more point when `withDescription` is set.
 */
export function prototypesAt(
	items: readonly Item[],
	split: FewShotSplit,
	k: number,
	descriptions: readonly (number[] | undefined)[],
	withDescription: boolean
): (number[] | undefined)[] {
	if (k === 0) return [...descriptions];
	return examplesAt(split, k).map((examples, c) => {
		const points = examples.flatMap((i) => (items[i].vector ? [items[i].vector!] : []));
		const description = descriptions[c];
		if (withDescription && description) points.push(description);
		return centroid(points);
	});
}

/** Accuracy on the split's test items for every k from 0 to maxK. */
export function accuracyByK(
	items: readonly Item[],
	split: FewShotSplit,
	descriptions: readonly (number[] | undefined)[],
	withDescription: boolean,
	maxK = MAX_K
): number[] {
	const test = split.test.map((i) => items[i]);
	return Array.from(
		{ length: maxK + 1 },
		(_, k) => evaluate(test, prototypesAt(items, split, k, descriptions, withDescription)).accuracy
	);
}

/** The split of labelled items for a seed (pools of up to MAX_K examples per class). */
export function splitFor(items: readonly Item[], nClasses: number, seed: number): FewShotSplit {
	return fewShotSplit(
		items.map((x) => x.label),
		nClasses,
		MAX_K,
		seed
	);
}
