import { describe, expect, it } from 'vitest';
import { formatParams, formatShare } from './format';

describe('formatParams(n)', () => {
	it('groups small counts and gives three significant digits with a unit past 10⁴', () => {
		expect(formatParams(8192)).toBe('8,192');
		expect(formatParams(4_194_304)).toBe('4.19M');
		expect(formatParams(6_738_415_616)).toBe('6.74B');
		expect(formatParams(175e9)).toBe('175B');
		expect(formatParams(NaN)).toBe('—');
	});
});

describe('formatShare(part, whole)', () => {
	it('keeps small shares readable and says nothing for an empty whole', () => {
		expect(formatShare(4_194_304, 6_738_415_616)).toBe('0.0622%');
		expect(formatShare(1, 1)).toBe('100.0%');
		expect(formatShare(0, 5)).toBe('0%');
		expect(formatShare(1, 0)).toBe('—');
	});
});
