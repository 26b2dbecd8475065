import { describe, expect, it } from 'vitest';
import { fixed, smallText } from './format';

describe('format', () => {
	it('writes signed decimals with a true minus and no −0', () => {
		expect(fixed(-0.12345)).toBe('−0.123');
		expect(fixed(-0.0001)).toBe('0.000');
		expect(fixed(-0, 2)).toBe('0.00');
	});
	it('writes small differences in powers of ten', () => {
		expect(smallText(0)).toBe('0');
		expect(smallText(5.55e-17)).toBe('5.6×10⁻¹⁷');
		expect(smallText(0.25)).toBe('2.5×10⁻¹');
	});
});
