import { describe, expect, it } from 'vitest';
import { Recent } from './recent';

describe('Recent', () => {
	it('computes a key once and forgets the least recently used beyond its size', () => {
		const recent = new Recent<number>(2);
		let calls = 0;
		const square = (x: number) => recent.get(String(x), () => (calls++, x * x));
		expect([square(2), square(3), square(2)]).toEqual([4, 9, 4]);
		expect(calls).toBe(2);
		square(4); // forgets 3, the least recently used
		square(2);
		expect(calls).toBe(3);
		square(3);
		expect(calls).toBe(4);
	});
});
