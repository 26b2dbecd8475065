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

/**
 * Accuracy on the split's test items for every k from 0 to maxK. The same prototypes as
 * prototypesAt, built up one example at a time: a class's running sum of example vectors (plus its
 * description) points where its centroid does, and only the direction matters to the cosine.
 */
export function accuracyByK(
	items: readonly Item[],
	split: FewShotSplit,
	descriptions: readonly (number[] | undefined)[],
	withDescription: boolean,
	maxK = MAX_K
): number[] {
	const test = split.test.map((i) => items[i]);
	const sums = descriptions.map((d) => (withDescription && d ? [...d] : undefined));
	const accuracies = [evaluate(test, descriptions).accuracy];
	for (let k = 1; k <= maxK; k++) {
		split.pools.forEach((pool, c) => {
			const vector = k <= pool.length ? items[pool[k - 1]].vector : undefined;
			if (!vector) return;
			const sum = (sums[c] ??= new Array<number>(vector.length).fill(0));
			for (let d = 0; d < sum.length; d++) sum[d] += vector[d];
		});
		accuracies.push(evaluate(test, sums).accuracy);
	}
	return accuracies;
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
