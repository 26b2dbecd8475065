import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatShare, numberOnce, windowFit } from './fit';

describe('windowFit(tokens, window)', () => {
	it('3,898 tokens in GPT-3’s 2,048: 190 %, and only the last 52.5 % seen at once', () => {
		const fit = windowFit(3898, 2048);
		expect(fit.fits).toBe(false);
		expect(fit.share).toBeCloseTo(1.9033, 4);
		expect(fit.seen).toBeCloseTo(0.5254, 4);
	});
	it('a text that fits is seen whole; share × seen is 1 for one that does not', () => {
		expect(windowFit(3469, 8192)).toEqual({ share: 3469 / 8192, fits: true, seen: 1 });
		expect(windowFit(0, 8192).seen).toBe(1);
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10 ** 7 }),
				fc.integer({ min: 1, max: 10 ** 6 }),
				(n, w) => {
					const fit = windowFit(n, w);
					expect(fit.fits).toBe(n <= w);
					if (!fit.fits) expect(fit.share * fit.seen).toBeCloseTo(1, 12);
				}
			),
			{ seed: 6 }
		);
	});
	it('refuses an empty window', () => {
		expect(() => windowFit(10, 0)).toThrow(RangeError);
		expect(() => windowFit(NaN, 10)).toThrow(RangeError);
	});
});

describe('formatShare(share)', () => {
	it('percent below ten times, a multiple above', () => {
		expect(formatShare(1.9033)).toBe('190%');
		expect(formatShare(0.0271)).toBe('2.7%');
		expect(formatShare(0.4235)).toBe('42%');
		expect(formatShare(12.4)).toBe('12×');
	});
});

describe('numberOnce(items, key)', () => {
	it('numbers in order of first appearance, a repeated key once', () => {
		const notes = numberOnce(['a', 'b', 'a', 'c'], (x) => x);
		expect(notes.items).toEqual(['a', 'b', 'c']);
		expect(notes.number('a')).toBe(1);
		expect(notes.number('c')).toBe(3);
		expect(() => notes.number('d')).toThrow(RangeError);
	});
});
