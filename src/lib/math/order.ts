/**
 * Orders of indices by value: a stable argsort, and the indices of the k largest values.
 * Both rank NaN after every number (even −Infinity) and break ties by the lower index.
 */
import { BinaryHeap } from './heap';

/** Negative when a ranks ahead of b (largest first, NaN last), positive when behind, 0 on a tie. */
function compareDescending(a: number, b: number): number {
	if (a > b) return -1;
	if (a < b) return 1;
	const aNaN = a !== a;
	return aNaN === (b !== b) ? 0 : aNaN ? 1 : -1;
}

/** compareDescending's counterpart, smallest first, NaN still last. */
function compareAscending(a: number, b: number): number {
	if (a < b) return -1;
	if (a > b) return 1;
	const aNaN = a !== a;
	return aNaN === (b !== b) ? 0 : aNaN ? 1 : -1;
}

/**
 * The indices 0 … n − 1 ordered by their values, ascending or descending; equal values keep
 * index order (the sort is stable), NaN comes last either way.
 */
export function argsort(
	values: ArrayLike<number>,
	direction: 'ascending' | 'descending' = 'ascending'
): number[] {
	const compare = direction === 'ascending' ? compareAscending : compareDescending;
	const order = Array.from({ length: values.length }, (_, i) => i);
	return order.sort((i, j) => compare(values[i], values[j]) || i - j);
}

/**
 * The indices of the k largest values (among those `keep` accepts), largest first: the first k of
 * argsort(values, 'descending'). k is truncated to an integer; k ≤ 0 gives none.
 *
 * One pass with a heap of the best k so far (worst on top), so O(n log k): a handful out of a
 * 50,257-token vocabulary costs about one comparison per token. When k is a large part of n a full
 * sort is quicker, and that is what runs.
 */
export function topKIndices(
	values: ArrayLike<number>,
	k: number,
	keep?: (index: number) => boolean
): number[] {
	const n = values.length;
	const limit = k > 0 ? Math.min(n, Math.trunc(k)) : 0;
	if (limit === 0) return [];
	if (limit * 8 > n) {
		const sorted = argsort(values, 'descending');
		return (keep ? sorted.filter(keep) : sorted).slice(0, limit);
	}
	const ahead = (i: number, j: number) => (compareDescending(values[i], values[j]) || i - j) < 0;
	const best = new BinaryHeap<number>((i, j) => ahead(j, i));
	for (let i = 0; i < n; i++) {
		if (best.size === limit) {
			// i comes after every index in the heap, so a tie with the worst of them loses.
			const v = values[i];
			const worst = values[best.peek() as number];
			if (!(v > worst || (worst !== worst && v === v))) continue;
			if (keep && !keep(i)) continue;
			best.pop();
			best.push(i);
		} else if (!keep || keep(i)) best.push(i);
	}
	const out = new Array<number>(best.size);
	for (let r = out.length - 1; r >= 0; r--) out[r] = best.pop() as number;
	return out;
}
