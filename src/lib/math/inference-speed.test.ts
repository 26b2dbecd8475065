import { describe, expect, it } from 'vitest';
import { decodeTokensPerSecond, prefillSeconds } from './inference-speed';

describe('decodeTokensPerSecond(…)', () => {
	it('a 7B model in bf16 (14 GB) on 2,039 GB/s: at most about 146 tokens/s for one sequence', () => {
		const one = decodeTokensPerSecond({
			weightBytes: 14e9,
			kvCacheBytes: 0,
			bandwidthBytesPerSecond: 2039e9,
			batch: 1
		});
		expect(one).toBeCloseTo(2039 / 14, 9);
	});
	it('batching shares the weight read: 8 sequences nearly 8 times the tokens until the cache grows', () => {
		const args = { weightBytes: 14e9, bandwidthBytesPerSecond: 2039e9 };
		const one = decodeTokensPerSecond({ ...args, kvCacheBytes: 0.5e9, batch: 1 });
		const eight = decodeTokensPerSecond({ ...args, kvCacheBytes: 8 * 0.5e9, batch: 8 });
		// 8 · 2039 / 18 against 2039 / 14.5.
		expect(eight / one).toBeCloseTo((8 * 14.5) / 18, 9);
	});
	it('rejects negative sizes', () => {
		expect(() =>
			decodeTokensPerSecond({
				weightBytes: -1,
				kvCacheBytes: 0,
				bandwidthBytesPerSecond: 1,
				batch: 1
			})
		).toThrow(RangeError);
	});
});

describe('prefillSeconds(…)', () => {
	it('2 · 7e9 · 1,000 tokens at 312 TFLOPS: about 45 ms', () => {
		expect(prefillSeconds({ parameters: 7e9, tokens: 1000, flopsPerSecond: 312e12 })).toBeCloseTo(
			(2 * 7e9 * 1000) / 312e12,
			15
		);
		expect(prefillSeconds({ parameters: 7e9, tokens: 1000, flopsPerSecond: 312e12 })).toBeCloseTo(
			0.0449,
			4
		);
	});
});
