import { describe, expect, it } from 'vitest';
import { blockSparseMask, maskCount, slidingWindowMask } from '$lib/math/attention';
import { costAt, costSeries, formatCount, MAX_LENGTH, MIN_LENGTH } from './cost';

describe('costSeries(window, block)', () => {
	it('spans 16 to 128K and grows with n', () => {
		const series = costSeries(4096, 64);
		expect(series[0].n).toBe(MIN_LENGTH);
		expect(series.at(-1)!.n).toBe(MAX_LENGTH);
		series.slice(1).forEach((p, i) => expect(p.full).toBeGreaterThan(series[i].full));
	});
	it('at 128K the full matrix has 2^34 entries, the causal half plus the diagonal', () => {
		const last = costSeries(4096, 64).at(-1)!;
		expect(last.full).toBe(2 ** 34);
		expect(last.causal).toBe((2 ** 17 * (2 ** 17 + 1)) / 2);
		// A 4096 window grows linearly: about n·(2w + 1).
		expect(last.slidingWindow / (MAX_LENGTH * 8193)).toBeCloseTo(1, 1);
	});
});

describe('costAt(n, window, block)', () => {
	it('agrees with counting the masks for short lengths', () => {
		for (const n of [1, 7, 16, 33]) {
			for (const [w, b] of [
				[1, 1],
				[3, 4],
				[40, 5]
			]) {
				const c = costAt(n, w, b);
				expect(c.slidingWindow).toBe(maskCount(slidingWindowMask(n, w)));
				expect(c.blockSparse).toBe(maskCount(blockSparseMask(n, b)));
			}
		}
	});
});

describe('formatCount(x)', () => {
	it('uses SI prefixes', () => {
		expect(formatCount(256)).toBe('256');
		expect(formatCount(65536)).toBe('65.5k');
		expect(formatCount(2 ** 34)).toBe('17.2G');
	});
});
