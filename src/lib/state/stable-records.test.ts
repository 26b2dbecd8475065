import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableNumbers, stableRecords, stableValue } from './stable-records';

type Row = { id: number; label: string; value: number };

describe('stableRecords(keyOf)', () => {
	it('hands back the previous object for a record whose fields are all the same', () => {
		const stable = stableRecords((r: Row) => r.id);
		const first = stable([
			{ id: 1, label: 'a', value: 1 },
			{ id: 2, label: 'b', value: 2 }
		]);
		const second = stable([
			{ id: 1, label: 'a', value: 1 },
			{ id: 2, label: 'b', value: 3 }
		]);
		expect(second[0]).toBe(first[0]);
		expect(second[1]).not.toBe(first[1]);
		expect(second[1]).toEqual({ id: 2, label: 'b', value: 3 });
	});

	it('compares with the latest records only, and by key, not by position', () => {
		const stable = stableRecords((r: Row) => r.id);
		const first = stable([{ id: 1, label: 'a', value: 1 }]);
		stable([{ id: 2, label: 'b', value: 2 }]);
		const third = stable([
			{ id: 2, label: 'b', value: 2 },
			{ id: 1, label: 'a', value: 1 }
		]);
		expect(third[1]).not.toBe(first[0]);
		expect(third[0]).toEqual({ id: 2, label: 'b', value: 2 });
	});

	it('treats NaN as equal to NaN and a missing field as a change', () => {
		const stable = stableRecords((r: { id: number; x?: number }) => r.id);
		const [a] = stable([{ id: 1, x: NaN }]);
		expect(stable([{ id: 1, x: NaN }])[0]).toBe(a);
		expect(stable([{ id: 1 }])[0]).not.toBe(a);
	});

	it('always returns records equal to the ones given, in their order', () => {
		const row = fc.record({
			id: fc.integer({ min: 0, max: 5 }),
			label: fc.string(),
			value: fc.double()
		});
		fc.assert(
			fc.property(fc.array(fc.uniqueArray(row, { selector: (r) => r.id })), (lists) => {
				const stable = stableRecords((r: Row) => r.id);
				for (const list of lists) expect(stable(list.map((r) => ({ ...r })))).toEqual(list);
			})
		);
	});
});

describe('stableValue', () => {
	const sameNumbers = (a: number[], b: number[]) =>
		a.length === b.length && a.every((v, i) => v === b[i]);

	it('hands back the earlier value while the new one is equal, and the new one once it differs', () => {
		const stable = stableValue(sameNumbers);
		const first = stable([0.2, 0.8]);
		expect(stable([0.2, 0.8])).toBe(first);
		const changed = [0.3, 0.7];
		expect(stable(changed)).toBe(changed);
		expect(stable([0.3, 0.7])).toBe(changed);
		expect(stable([0.3])).toEqual([0.3]);
	});
});

describe('stableNumbers', () => {
	it('keeps a list of equal numbers, and takes a list that differs in a number or a length', () => {
		const stable = stableNumbers<number[]>();
		const first = stable([1, 2]);
		expect(stable([1, 2])).toBe(first);
		const longer = [1, 2, 3];
		expect(stable(longer)).toBe(longer);
		const other = [1, 2, 4];
		expect(stable(other)).toBe(other);
	});
});
