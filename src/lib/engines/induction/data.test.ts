import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/math/rng';
import { MIN_REPEAT, isRepeated, repeatSequence } from './data';

describe('repeatSequence', () => {
	it('repeats a random prefix to the end, its length drawn from MIN_REPEAT … T/2', () => {
		const rng = createRng(5);
		const lengths = new Set<number>();
		for (let n = 0; n < 200; n++) {
			const s = repeatSequence(rng, 10, 33);
			lengths.add(s.length);
			expect(s.ids).toHaveLength(33);
			for (let i = s.length; i < 33; i++) expect(s.ids[i]).toBe(s.ids[i - s.length]);
			expect(Math.max(...s.ids)).toBeLessThan(10);
		}
		expect(Math.min(...lengths)).toBe(MIN_REPEAT);
		expect(Math.max(...lengths)).toBe(16);
	});

	it('counts as copyable only the repeat after its first token', () => {
		const s = repeatSequence(createRng(1), 10, 12, 5);
		expect([4, 5, 6, 11].map((p) => isRepeated(s, p))).toEqual([false, false, true, true]);
	});
});
