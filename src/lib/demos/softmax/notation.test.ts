import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	expText,
	floatText,
	powerOfTen,
	probText,
	scoreName,
	signed,
	superscript
} from './notation';

describe('powerOfTen(y)', () => {
	it('writes e^1000 as 1.9700711 × 10^434', () => {
		const { mantissa, exponent } = powerOfTen(1000);
		expect(exponent).toBe(434);
		expect(mantissa).toBeCloseTo(1.97007111401705, 10);
	});
	it('agrees with Math.exp wherever that is finite', () => {
		fc.assert(
			fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (y) => {
				const { mantissa, exponent } = powerOfTen(y);
				expect(mantissa).toBeGreaterThanOrEqual(1);
				expect(mantissa).toBeLessThan(10);
				expect(Math.abs((mantissa * 10 ** exponent) / Math.exp(y) - 1)).toBeLessThan(1e-12);
			})
		);
	});
});

describe('expText(y)', () => {
	it('is plain between 0.01 and 1000', () => {
		expect(expText(0)).toBe('1.00');
		expect(expText(Math.log(3.004))).toBe('3.00');
		expect(expText(1)).toBe('2.72');
		expect(expText(2)).toBe('7.39');
		expect(expText(-1)).toBe('0.368');
		expect(expText(6)).toBe('403');
	});
	it('uses powers of ten beyond, also where Math.exp overflows or underflows', () => {
		expect(expText(7)).toBe('1.10×10³');
		expect(expText(Math.log(999.7))).toBe('1.00×10³');
		expect(expText(1000)).toBe('1.97×10⁴³⁴');
		expect(expText(-1000)).toBe('5.08×10⁻⁴³⁵');
		expect(expText(-Infinity)).toBe('0');
	});
	it('carries a mantissa that rounds up to 10', () => {
		// e^y = 9.999 × 10^5 rounds to 1.00 × 10^6.
		expect(expText(Math.log(999_900))).toBe('1.00×10⁶');
	});
});

describe('floatText, probText, scoreName, signed, superscript', () => {
	it('prints floats as a program would', () => {
		expect(floatText(Math.exp(1000))).toBe('Infinity');
		expect(floatText(NaN)).toBe('NaN');
		expect(floatText(Math.E)).toBe('2.72');
		expect(floatText(Math.exp(-1000))).toBe('0');
	});
	it('prints probabilities with four decimals, tiny ones as exponents', () => {
		expect(probText(0.65900114)).toBe('0.6590');
		expect(probText(1e-7)).toBe('1.00e-7');
		expect(probText(0)).toBe('0.0000');
		expect(probText(NaN)).toBe('NaN');
	});
	it('names scores and shifts', () => {
		expect(scoreName(0)).toBe('x₁');
		expect(scoreName(9)).toBe('x₁₀');
		expect(signed(10)).toBe('+10');
		expect(signed(-2.5)).toBe('−2.5');
		expect(superscript(-12)).toBe('⁻¹²');
	});
});
