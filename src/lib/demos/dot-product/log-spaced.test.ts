import { describe, expect, it } from 'vitest';
import { logSpaced } from './log-spaced';

describe('logSpaced(min, max, perOctave)', () => {
	it('runs from min to max, ascending, without repeats', () => {
		for (const [min, max] of [
			[1, 512],
			[16, 131072],
			[3, 1000]
		]) {
			const xs = logSpaced(min, max, 4);
			expect(xs[0]).toBe(min);
			expect(xs.at(-1)).toBe(max);
			xs.slice(1).forEach((x, i) => expect(x).toBeGreaterThan(xs[i]));
		}
	});
	it('hits every power of two between powers of two', () => {
		expect(logSpaced(1, 512, 4)).toEqual(expect.arrayContaining([1, 2, 4, 8, 64, 256, 512]));
		expect(logSpaced(1, 8, 1)).toEqual([1, 2, 4, 8]);
	});
});
