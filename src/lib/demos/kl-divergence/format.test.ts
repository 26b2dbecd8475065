import { describe, expect, it } from 'vitest';
import { fixed } from './format';

describe('fixed', () => {
	it('writes infinities, true minus signs and no −0', () => {
		expect(fixed(Infinity)).toBe('∞');
		expect(fixed(-1.23456, 2)).toBe('−1.23');
		expect(fixed(-0.0001)).toBe('0.000');
	});
});
