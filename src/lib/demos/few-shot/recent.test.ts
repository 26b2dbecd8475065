import { describe, expect, it } from 'vitest';
import { Recent } from './recent';

describe('Recent', () => {
	it('computes a key once while it is among the last few, then forgets the oldest', () => {
		const recent = new Recent<number>(2);
		let calls = 0;
		const square = (x: number) => () => (calls++, x * x);
		expect(recent.get('2', square(2))).toBe(4);
		expect(recent.get('3', square(3))).toBe(9);
		expect(recent.get('2', square(2))).toBe(4);
		expect(calls).toBe(2);
		recent.get('4', square(4)); // drops 3, the least recently asked for
		recent.get('2', square(2));
		expect(calls).toBe(3);
		recent.get('3', square(3));
		expect(calls).toBe(4);
	});
});
