import { describe, expect, it } from 'vitest';
import { broadcastLayout, broadcastShape, normaliseAxis } from './shape';

describe('broadcastShape(a, b)', () => {
	it('follows the NumPy rule', () => {
		expect(broadcastShape('add', [4, 3], [3])).toEqual([4, 3]);
		expect(broadcastShape('add', [4, 1], [3])).toEqual([4, 3]);
		expect(broadcastShape('add', [], [2, 2])).toEqual([2, 2]);
		expect(broadcastShape('add', [2, 1, 5], [3, 1])).toEqual([2, 3, 5]);
		expect(() => broadcastShape('add', [4, 3], [4])).toThrow(
			/add: shapes \[4, 3\] and \[4\] do not broadcast/
		);
	});
});

describe('broadcastLayout(a, b, out)', () => {
	/** Element i of out reads these indices of a and b. */
	const walk = (a: number[], b: number[]) => {
		const out = broadcastShape('t', a, b);
		const l = broadcastLayout(a, b, out);
		if (!l) return null;
		const pairs: [number, number][] = [];
		for (let o = 0; o < l.outer; o++)
			for (let j = 0; j < l.inner; j++)
				pairs.push([o * l.aOuter + j * l.aInner, o * l.bOuter + j * l.bInner]);
		return pairs;
	};

	it('same shapes, a scalar, a bias, a column and an outer sum', () => {
		expect(walk([2, 2], [2, 2])).toEqual([
			[0, 0],
			[1, 1],
			[2, 2],
			[3, 3]
		]);
		expect(walk([3], [])).toEqual([
			[0, 0],
			[1, 0],
			[2, 0]
		]);
		expect(walk([2, 3], [3])).toEqual([
			[0, 0],
			[1, 1],
			[2, 2],
			[3, 0],
			[4, 1],
			[5, 2]
		]);
		expect(walk([2, 2], [2, 1])).toEqual([
			[0, 0],
			[1, 0],
			[2, 1],
			[3, 1]
		]);
		expect(walk([2, 1], [3])).toEqual([
			[0, 0],
			[0, 1],
			[0, 2],
			[1, 0],
			[1, 1],
			[1, 2]
		]);
		expect(walk([1], [2, 2])).toEqual([
			[0, 0],
			[0, 1],
			[0, 2],
			[0, 3]
		]);
	});

	it('is null for a three-block broadcast', () => {
		expect(walk([2, 1, 3], [2, 4, 3])).toBeNull();
	});
});

describe('normaliseAxis(axis, ndim)', () => {
	it('counts negative axes from the end and rejects the rest', () => {
		expect(normaliseAxis('sum', -1, 3)).toBe(2);
		expect(normaliseAxis('sum', 0, 3)).toBe(0);
		expect(() => normaliseAxis('sum', 3, 3)).toThrow(/axis 3 is out of range/);
		expect(() => normaliseAxis('sum', -4, 3)).toThrow(/out of range/);
	});
});
