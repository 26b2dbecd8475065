import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { argsort, topKIndices } from './order';

/**
 * The naive oracle: selection, repeatedly taking the remaining index that comes first — NaN
 * after every number, then the larger (or smaller) value, then the lower index.
 */
function naiveOrder(values: number[], descending: boolean): number[] {
	const left = values.map((_, i) => i);
	const out: number[] = [];
	const first = (i: number, j: number) => {
		const [a, b] = [values[i], values[j]];
		if (Number.isNaN(a) !== Number.isNaN(b)) return Number.isNaN(b);
		if (a !== b && !Number.isNaN(a)) return descending ? a > b : a < b;
		return i < j;
	};
	while (left.length > 0) {
		let at = 0;
		for (let r = 1; r < left.length; r++) if (first(left[r], left[at])) at = r;
		out.push(left.splice(at, 1)[0]);
	}
	return out;
}

/** Values with many ties, infinities and NaN. */
const values = fc.array(
	fc.oneof(
		fc.integer({ min: -3, max: 3 }),
		fc.constantFrom(NaN, Infinity, -Infinity, -0),
		fc.double()
	),
	{ maxLength: 80 }
);

describe('argsort(values, direction)', () => {
	it('matches hand values, ties in index order', () => {
		expect(argsort([3, 1, 2])).toEqual([1, 2, 0]);
		expect(argsort([0.1, 0.5, 0.2, 0.5], 'descending')).toEqual([1, 3, 2, 0]);
		expect(argsort([2, 2, 1, 2])).toEqual([2, 0, 1, 3]);
		expect(argsort(Float64Array.of(NaN, -Infinity, 1), 'descending')).toEqual([2, 1, 0]);
		expect(argsort([NaN, 1, -Infinity])).toEqual([2, 1, 0]);
		expect(argsort([])).toEqual([]);
	});
	it('agrees with a naive selection sort both ways', () => {
		fc.assert(
			fc.property(values, (xs) => {
				expect(argsort(xs)).toEqual(naiveOrder(xs, false));
				expect(argsort(xs, 'descending')).toEqual(naiveOrder(xs, true));
			})
		);
	});
});

describe('topKIndices(values, k, keep)', () => {
	it('matches hand values', () => {
		expect(topKIndices([0.1, 0.5, 0.2, 0.5], 3)).toEqual([1, 3, 2]);
		expect(topKIndices(new Float64Array([3, 1]), 5)).toEqual([0, 1]);
		expect(topKIndices([1, 2], 0)).toEqual([]);
		expect(topKIndices([1, 2], -1)).toEqual([]);
		expect(topKIndices([1, 2, 3], 2.7)).toEqual([2, 1]);
		expect(topKIndices([1, NaN, -Infinity], 3)).toEqual([0, 2, 1]);
		expect(topKIndices([5, -Infinity, 4, 9], 2, (i) => i !== 3)).toEqual([0, 2]);
	});
	it('picks out of a long list with a heap the same as a full sort would', () => {
		// 1000 values, k = 5: the heap path. 999 occurs twice; the lower index goes first.
		const xs = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
		xs[10] = 999;
		expect(topKIndices(xs, 5)).toEqual(argsort(xs, 'descending').slice(0, 5));
		expect(topKIndices(xs, 5).slice(0, 2)).toEqual([10, 321]); // 321 · 7919 = 2,541,999
	});
	it('is the first k of the descending argsort of the kept indices', () => {
		fc.assert(
			fc.property(
				values,
				fc.integer({ min: -2, max: 90 }),
				fc.option(fc.integer({ min: 2, max: 5 })),
				(xs, k, modulus) => {
					const keep = modulus === null ? undefined : (i: number) => i % modulus !== 0;
					const expected = naiveOrder(xs, true)
						.filter((i) => !keep || keep(i))
						.slice(0, Math.max(0, k));
					expect(topKIndices(xs, k, keep)).toEqual(expected);
				}
			)
		);
	});
	it('agrees with the full sort on long lists with small k (the heap path)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 100, maxLength: 400 }),
				fc.integer({ min: 1, max: 12 }),
				(xs, k) => {
					expect(topKIndices(xs, k)).toEqual(naiveOrder(xs, true).slice(0, k));
					const odd = (i: number) => i % 2 === 1;
					expect(topKIndices(xs, k, odd)).toEqual(naiveOrder(xs, true).filter(odd).slice(0, k));
				}
			)
		);
	});
});
