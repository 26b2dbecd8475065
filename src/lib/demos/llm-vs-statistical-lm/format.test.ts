import { describe, expect, it } from 'vitest';
import { formatCount, formatPower, pct } from './format';

describe('formatCount, formatPower, pct', () => {
	it('write counts, huge counts and shares for reading', () => {
		expect(formatCount(12345)).toBe('12,345');
		expect(formatPower(99999)).toBe('99,999');
		expect(formatPower(1e6)).toBe('10⁶');
		expect(formatPower(726 ** 5)).toBe('2.0 × 10¹⁴');
		expect(pct(0.897)).toBe('90%');
		expect(pct(0.081)).toBe('8.1%');
		expect(pct(NaN)).toBe('–');
	});
});
