import { describe, expect, it } from 'vitest';
import { indexed, signed, tiny } from './notation';

describe('notation', () => {
	it('names entries with subscripts from 1', () => {
		expect(indexed('x', 0)).toBe('x₁');
		expect(indexed('p', 11)).toBe('p₁₂');
	});
	it('writes signed values without −0', () => {
		expect(signed(-0.1234)).toBe('−0.123');
		expect(signed(-0.0001)).toBe('0.000');
		expect(signed(2, 1)).toBe('2.0');
	});
	it('writes tiny errors in exponent form', () => {
		expect(tiny(2.775e-17)).toBe('2.8e-17');
		expect(tiny(0)).toBe('0');
	});
});
