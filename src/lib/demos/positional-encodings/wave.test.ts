import { describe, expect, it } from 'vitest';
import { sinusoidalPositionalEncoding } from '$lib/math/positional';
import { dimensionInfo, wavePoints } from './wave';

describe('dimensionInfo(dim, dModel)', () => {
	it('reads columns 0, 1 and 2i by hand', () => {
		expect(dimensionInfo(0, 128)).toEqual({
			pair: 0,
			fn: 'sin',
			omega: 1,
			wavelength: 2 * Math.PI
		});
		expect(dimensionInfo(1, 128).fn).toBe('cos');
		// Pair 32 of d = 128: ω = 10000^(−1/2) = 0.01, wavelength 200π.
		const half = dimensionInfo(64, 128);
		expect(half.pair).toBe(32);
		expect(half.omega).toBeCloseTo(0.01, 12);
		expect(half.wavelength).toBeCloseTo(200 * Math.PI, 8);
	});
});

describe('wavePoints(dim, dModel, length, perPosition)', () => {
	it('passes through the encoding at every whole position', () => {
		const pe = sinusoidalPositionalEncoding(10, 16);
		for (const dim of [0, 3, 15]) {
			const points = wavePoints(dim, 16, 10, 4);
			expect(points).toHaveLength(37);
			for (let pos = 0; pos < 10; pos++) {
				const [x, y] = points[pos * 4];
				expect(x).toBeCloseTo(pos, 12);
				expect(y).toBeCloseTo(pe[pos][dim], 12);
			}
		}
	});
	it('has one point for a single position', () => {
		expect(wavePoints(1, 4, 1, 4)).toEqual([
			[0, 1],
			[0, 1]
		]);
	});
});
