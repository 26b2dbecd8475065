import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BinaryHeap } from './heap';

describe('BinaryHeap(before)', () => {
	it('pops in order', () => {
		const heap = new BinaryHeap<number>((a, b) => a < b);
		for (const x of [5, 1, 4, 1, 3, 9, 2]) heap.push(x);
		expect(heap.size).toBe(7);
		expect(heap.peek()).toBe(1);
		const out: number[] = [];
		while (heap.size > 0) out.push(heap.pop() as number);
		expect(out).toEqual([1, 1, 2, 3, 4, 5, 9]);
	});

	it('returns undefined when empty', () => {
		const heap = new BinaryHeap<number>((a, b) => a < b);
		expect(heap.pop()).toBeUndefined();
		expect(heap.peek()).toBeUndefined();
		expect(heap.size).toBe(0);
	});

	it('orders by a composite key (count descending, position ascending)', () => {
		type E = { count: number; first: number };
		const heap = new BinaryHeap<E>((x, y) =>
			x.count !== y.count ? x.count > y.count : x.first < y.first
		);
		const items = [
			{ count: 2, first: 5 },
			{ count: 3, first: 9 },
			{ count: 2, first: 1 },
			{ count: 3, first: 4 }
		];
		for (const e of items) heap.push(e);
		expect([heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([
			{ count: 3, first: 4 },
			{ count: 3, first: 9 },
			{ count: 2, first: 1 },
			{ count: 2, first: 5 }
		]);
	});

	it('behaves like a sorted list under any mix of pushes and pops', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(null)), {
					maxLength: 200
				}),
				(ops) => {
					const heap = new BinaryHeap<number>((a, b) => a < b);
					const model: number[] = [];
					for (const op of ops) {
						if (op === null) {
							model.sort((a, b) => a - b);
							expect(heap.pop()).toBe(model.shift());
						} else {
							heap.push(op);
							model.push(op);
						}
						expect(heap.size).toBe(model.length);
					}
				}
			)
		);
	});
});
