/**
 * Seeded few-shot examples: each class's items are shuffled (Fisher–Yates with the seeded RNG)
 * and the first ones set aside as that class's pool of labelled examples; every other item is a
 * test item. Showing k examples takes the first k of each pool, so adding examples keeps the ones
 * already shown, and the test set is the same for every k (accuracies at different k compare).
 */
import { createRng, randomInt } from './rng';

export interface FewShotSplit {
	/** pools[c]: item indices of class c, in the order examples are added (≤ maxK of them). */
	pools: number[][];
	/** Every item not in a pool, in item order. */
	test: number[];
}

/**
 * Pools of up to maxK examples per class; a class keeps at least half its items (rounded up) for
 * the test set, so a small class is never tested on nothing.
 */
export function fewShotSplit(
	labels: readonly number[],
	nClasses: number,
	maxK: number,
	seed: number
): FewShotSplit {
	const rng = createRng(seed);
	const members: number[][] = Array.from({ length: nClasses }, () => []);
	labels.forEach((c, i) => members[c].push(i));
	const pools = members.map((items) => {
		const order = [...items];
		for (let i = order.length - 1; i > 0; i--) {
			const j = randomInt(rng, i + 1);
			[order[i], order[j]] = [order[j], order[i]];
		}
		return order.slice(0, Math.min(maxK, Math.floor(items.length / 2)));
	});
	const pooled = new Set(pools.flat());
	return { pools, test: labels.map((_, i) => i).filter((i) => !pooled.has(i)) };
}

/** The first k examples of each pool (fewer where a pool is shorter). */
export function examplesAt(split: FewShotSplit, k: number): number[][] {
	return split.pools.map((pool) => pool.slice(0, k));
}
