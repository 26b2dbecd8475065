/**
 * A binary heap (priority queue) ordered by a caller-given `before(a, b)`: the item for which
 * `before` holds against every other comes out first. push and pop are O(log n), peek O(1).
 *
 * It never removes items from the middle: callers that need updates push a fresh entry and
 * skip stale ones when they surface ("lazy deletion"), as the BPE trainer does.
 */
export class BinaryHeap<T> {
	private readonly items: T[] = [];
	private readonly before: (a: T, b: T) => boolean;

	constructor(before: (a: T, b: T) => boolean) {
		this.before = before;
	}

	/** How many items the heap holds. */
	get size(): number {
		return this.items.length;
	}

	/** Adds an item. */
	push(item: T): void {
		const items = this.items;
		let i = items.length;
		items.push(item);
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!this.before(item, items[parent])) break;
			items[i] = items[parent];
			i = parent;
		}
		items[i] = item;
	}

	/** The first item, without removing it; undefined when empty. */
	peek(): T | undefined {
		return this.items[0];
	}

	/** Removes and returns the first item; undefined when empty. */
	pop(): T | undefined {
		const items = this.items;
		if (items.length === 0) return undefined;
		const top = items[0];
		const last = items.pop() as T;
		const n = items.length;
		if (n > 0) {
			let i = 0;
			for (;;) {
				const left = 2 * i + 1;
				if (left >= n) break;
				const right = left + 1;
				const child = right < n && this.before(items[right], items[left]) ? right : left;
				if (!this.before(items[child], last)) break;
				items[i] = items[child];
				i = child;
			}
			items[i] = last;
		}
		return top;
	}
}
