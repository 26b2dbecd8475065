import { describe, expect, it } from 'vitest';
import { percent } from './format';

describe('percent(p)', () => {
	it('gives one decimal, and a significant figure for tiny shares', () => {
		expect(percent(0.15)).toBe('15.0%');
		expect(percent(0.3456)).toBe('34.6%');
		expect(percent(0.00042)).toBe('0.04%');
		expect(percent(0)).toBe('0.0%');
	});
});
