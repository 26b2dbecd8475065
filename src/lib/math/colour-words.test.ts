import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { colourOfWord, colourSimilarity, deltaE, rgbToLab } from './colour-words';

describe('colourOfWord', () => {
	it('reads English and Chinese colour words', () => {
		expect(colourOfWord('Red')).toBe('red');
		expect(colourOfWord('gray')).toBe('grey');
		expect(colourOfWord('红')).toBe('red');
		expect(colourOfWord('红色')).toBe('red');
		expect(colourOfWord('绿色')).toBe('green');
		expect(colourOfWord('apple')).toBeNull();
		expect(colourOfWord('苹果')).toBeNull();
		expect(colourOfWord('')).toBeNull();
		expect(colourOfWord('constructor')).toBeNull();
		expect(colourOfWord('__proto__')).toBeNull();
	});
});

describe('rgbToLab / deltaE', () => {
	it('white is L = 100, black L = 0, both with a = b = 0 (hand-checked D65 values)', () => {
		const white = rgbToLab([1, 1, 1]);
		expect(white[0]).toBeCloseTo(100, 2);
		expect(Math.abs(white[1])).toBeLessThan(0.05); // the 4-digit matrix rounds
		expect(Math.abs(white[2])).toBeLessThan(0.05);
		expect(rgbToLab([0, 0, 0])).toEqual([0, 0, 0]);
	});

	it('pure sRGB red is about L 53.2, a 80.1, b 67.2', () => {
		const [L, a, b] = rgbToLab([1, 0, 0]);
		expect(L).toBeCloseTo(53.24, 1);
		expect(a).toBeCloseTo(80.09, 0);
		expect(b).toBeCloseTo(67.2, 0);
	});

	it('is a distance: zero on itself, symmetric', () => {
		const c = fc.tuple(
			fc.double({ min: 0, max: 1, noNaN: true }),
			fc.double({ min: 0, max: 1, noNaN: true }),
			fc.double({ min: 0, max: 1, noNaN: true })
		);
		fc.assert(
			fc.property(c, c, (a, b) => {
				expect(deltaE(a, a)).toBe(0);
				expect(deltaE(a, b)).toBeCloseTo(deltaE(b, a), 9);
			})
		);
	});
});

describe('colourSimilarity', () => {
	it('"red" is close to a red patch and far from a blue or green one', () => {
		const red = colourSimilarity([0.86, 0.16, 0.16], 'red');
		expect(red).toBeGreaterThan(0.99);
		expect(colourSimilarity([0.1, 0.2, 0.9], 'red')).toBeLessThan(0.01);
		expect(colourSimilarity([0.2, 0.6, 0.2], 'red')).toBeLessThan(0.01);
		expect(colourSimilarity([0.9, 0.35, 0.2], 'red')).toBeGreaterThan(0.3);
	});

	it('lies in (0, 1]', () => {
		fc.assert(
			fc.property(
				fc.tuple(
					fc.double({ min: 0, max: 1, noNaN: true }),
					fc.double({ min: 0, max: 1, noNaN: true }),
					fc.double({ min: 0, max: 1, noNaN: true })
				),
				(c) => {
					const s = colourSimilarity(c, 'blue');
					expect(s).toBeGreaterThanOrEqual(0);
					expect(s).toBeLessThanOrEqual(1);
				}
			)
		);
	});
});
