import { describe, expect, it } from 'vitest';
import { decade, fixed, loss, rate } from './format';

describe('format', () => {
	it('writes rates with three significant digits', () => {
		expect(rate(0.000123456)).toBe('0.000123');
		expect(rate(1.5)).toBe('1.5');
		expect(rate(NaN)).toBe('—');
	});
	it('writes losses fixed or in scientific notation, with a real minus sign', () => {
		expect(loss(0.12345)).toBe('0.1235');
		expect(loss(2.5e-7)).toBe('2.50e−7');
		expect(loss(Infinity)).toBe('∞');
		expect(fixed(-1.5, 1)).toBe('−1.5');
	});
	it('writes decades plainly from 0.01 up and as 1e−k below', () => {
		expect([1e-8, 1e-3, 0.01, 0.1, 1, 100].map(decade)).toEqual([
			'1e−8',
			'1e−3',
			'0.01',
			'0.1',
			'1',
			'100'
		]);
	});
});
