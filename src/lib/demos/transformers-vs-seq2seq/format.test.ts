import { describe, expect, it } from 'vitest';
import { count, ms } from './format';

describe('count(x)', () => {
	it('small numbers with separators, large ones as a × 10ᵏ', () => {
		expect(count(9999)).toBe('9,999');
		expect(count(3.4e9)).toBe('3.40 × 10⁹');
		expect(count(10_000)).toBe('1.00 × 10⁴');
		expect(count(1.07e12)).toBe('1.07 × 10¹²');
	});
});

describe('ms(x)', () => {
	it('three significant digits or so', () => {
		expect(ms(0.01234)).toBe('0.012 ms');
		expect(ms(12.345)).toBe('12.35 ms');
		expect(ms(1234.5)).toBe('1235 ms');
	});
});
