import { describe, expect, it } from 'vitest';
import { fmtLog, pct } from './format';

describe('pct(p) and fmtLog(x)', () => {
	it('format probabilities and log-probabilities for reading', () => {
		expect(pct(0.4)).toBe('40%');
		expect(pct(0.032)).toBe('3.2%');
		expect(pct(0.00041)).toBe('0.04%');
		expect(pct(0)).toBe('0%');
		expect(fmtLog(-1.6094)).toBe('−1.61');
		expect(fmtLog(0)).toBe('0.00');
		expect(fmtLog(-Infinity)).toBe('−∞');
	});
});
