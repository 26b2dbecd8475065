import { describe, expect, it } from 'vitest';
import { transferablesIn } from './transferables';

describe('transferablesIn(value)', () => {
	it('finds the buffers of typed arrays in objects and arrays of objects, once each', () => {
		const bytes = new Uint8Array(4);
		const view = new Float32Array(2);
		const buffer = new ArrayBuffer(8);
		const found = transferablesIn({
			bytes,
			again: bytes.subarray(1),
			nested: { rows: [view] },
			buffer
		});
		expect(found).toHaveLength(3);
		expect(found).toEqual(expect.arrayContaining([bytes.buffer, view.buffer, buffer]));
	});

	it('finds a typed array that is the value itself', () => {
		const bytes = new Uint8Array(2);
		expect(transferablesIn(bytes)).toEqual([bytes.buffer]);
	});

	it('finds nothing in plain values, arrays of numbers, or past three levels', () => {
		expect(transferablesIn(42)).toEqual([]);
		expect(transferablesIn(null)).toEqual([]);
		expect(transferablesIn([1, 2, 3])).toEqual([]);
		expect(transferablesIn({ a: { b: { c: { d: new Uint8Array(1) } } } })).toEqual([]);
		expect(transferablesIn({ a: { b: { c: new Uint8Array(1) } } })).toHaveLength(1);
	});
});
