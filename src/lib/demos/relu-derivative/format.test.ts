import { describe, expect, it } from 'vitest';
import { fixed, power, product } from './format';

describe('fixed(v, digits)', () => {
	it('writes a real minus and never −0', () => {
		expect(fixed(-0.25, 2)).toBe('−0.25');
		expect(fixed(-0.0001, 3)).toBe('0.000');
		expect(fixed(1, 1)).toBe('1.0');
	});
});

describe('power(n) and product(v)', () => {
	it('writes powers of ten with superscripts', () => {
		expect(power(-12)).toBe('10⁻¹²');
		expect(power(3)).toBe('10³');
	});
	it('writes small products in exponent form, others with three digits', () => {
		expect(product(0.25 ** 12)).toBe('5.96×10⁻⁸');
		expect(product(0.0625)).toBe('0.0625');
		expect(product(1)).toBe('1');
		expect(product(0)).toBe('0');
		expect(product(0.123456)).toBe('0.123');
	});
});
