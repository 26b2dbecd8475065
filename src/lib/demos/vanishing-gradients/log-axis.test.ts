import { describe, expect, it } from 'vitest';
import { decade, floored, logDomain, logTicks, scientific } from './log-axis';

describe('the log axis of the gradient norms', () => {
	it('puts zero, underflowing and non-finite norms on the 1e-30 floor', () => {
		expect(floored(0)).toBe(1e-30);
		expect(floored(1e-300)).toBe(1e-30);
		expect(floored(NaN)).toBe(1e-30);
		expect(floored(0.5)).toBe(0.5);
	});

	it('covers the values in whole decades, at least two, never below the floor', () => {
		expect(logDomain([3e-33, 0.08])).toEqual([1e-30, 0.1]);
		expect(logDomain([0.2, 0.5])).toEqual([0.1, 10]);
		expect(logDomain([0, 0])).toEqual([1e-30, 1e-28]);
		expect(logDomain([])).toEqual([1e-30, 1]);
	});

	it('ticks at most six powers of ten, always the top one', () => {
		expect(logTicks([1e-30, 1])).toEqual([1e-30, 1e-24, 1e-18, 1e-12, 1e-6, 1]);
		expect(logTicks([0.1, 10])).toEqual([0.1, 1, 10]);
		expect(logTicks([1e-7, 10])).toEqual([1e-7, 1e-5, 1e-3, 0.1, 10]);
	});

	it('writes decades as 10ⁿ and norms in scientific notation, or null below the floor', () => {
		expect(decade(1e-30)).toBe('10⁻³⁰');
		expect(decade(1)).toBe('1');
		expect(decade(1000)).toBe('10³');
		expect(scientific(0.0123)).toBe('1.23e−2');
		expect(scientific(0)).toBeNull();
		expect(scientific(Infinity)).toBe('∞');
	});
});
