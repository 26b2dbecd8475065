import { describe, expect, it } from 'vitest';
import { causalMask } from '$lib/math/attention';
import { allowedRanges, allowedRuns, maskPath } from './mask-geometry';

const T = true;
const F = false;

describe('allowedRuns(row)', () => {
	it('groups neighbouring allowed keys', () => {
		expect(allowedRuns([T, T, T, F, T])).toEqual([
			[0, 2],
			[4, 4]
		]);
		expect(allowedRuns([F, F])).toEqual([]);
		expect(allowedRuns([])).toEqual([]);
	});
});

describe('allowedRanges(row)', () => {
	it('reads a row in words', () => {
		expect(allowedRanges([T, T, T, F, T])).toBe('0–2, 4');
		expect(allowedRanges([F, T, F, F, T, T])).toBe('1, 4–5');
		expect(allowedRanges([F])).toBe('');
	});
});

describe('maskPath(mask, cell)', () => {
	it('draws one rectangle per run', () => {
		expect(maskPath(causalMask(2), 10)).toBe('M0,0h10v10h-10zM0,10h20v10h-20z');
		expect(maskPath([[T, F, T]], 5)).toBe('M0,0h5v5h-5zM10,0h5v5h-5z');
		expect(maskPath([[F]], 5)).toBe('');
	});
});
