import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { integerPower } from './integer-power';

describe('integerPower', () => {
	it('gives hand-checked powers, exactly where they are representable', () => {
		expect(integerPower(3, 0)).toBe(1);
		expect(integerPower(3, 1)).toBe(3);
		expect(integerPower(3, 5)).toBe(243);
		expect(integerPower(2, 52)).toBe(4503599627370496);
		expect(integerPower(0.5, 10)).toBe(1 / 1024);
		expect(integerPower(-2, 3)).toBe(-8);
		expect(integerPower(0, 0)).toBe(1);
	});

	it('agrees with Math.pow to within the roundings of its multiplications', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
				fc.integer({ min: 0, max: 20_000 }),
				(beta, n) => {
					const ours = integerPower(beta, n);
					const reference = Math.pow(beta, n);
					// Each squaring doubles the relative error so far: at most about n roundings of 2^-53.
					expect(Math.abs(ours - reference)).toBeLessThanOrEqual(
						reference * (n + 2) * 2 ** -52 + 1e-300
					);
				}
			),
			{ seed: 7 }
		);
	});

	it('refuses an exponent that is not a whole number ≥ 0', () => {
		expect(() => integerPower(2, -1)).toThrow(RangeError);
		expect(() => integerPower(2, 1.5)).toThrow(RangeError);
	});
});
