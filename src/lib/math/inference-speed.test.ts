import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStepSeconds, decodeTokensPerSecond, prefillSeconds } from './inference-speed';

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

describe('decodeStepSeconds(…)', () => {
	const a100 = { bandwidthBytesPerSecond: 2039e9, flopsPerSecond: 312e12 };
	it('one sequence of a 7B model is bound by memory: 14 GB / 2,039 GB/s ≈ 6.87 ms', () => {
		const step = decodeStepSeconds({
			...a100,
			weightBytes: 14e9,
			kvCacheBytes: 0,
			activeParameters: 7e9,
			batch: 1
		});
		expect(step.bound).toBe('memory');
		expect(step.seconds).toBeCloseTo(14 / 2039, 12);
		expect(step.computeSeconds).toBeCloseTo((2 * 7e9) / 312e12, 15);
	});
	it('a batch of 256 with no cache is bound by compute: 2 · 7e9 · 256 / 312e12 ≈ 11.5 ms', () => {
		const step = decodeStepSeconds({
			...a100,
			weightBytes: 14e9,
			kvCacheBytes: 0,
			activeParameters: 7e9,
			batch: 256
		});
		expect(step.bound).toBe('compute');
		expect(step.seconds).toBeCloseTo((2 * 7e9 * 256) / 312e12, 12);
	});
	it('when bound by memory, batch / seconds is decodeTokensPerSecond', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e6, max: 1e12, noNaN: true }),
				fc.double({ min: 0, max: 1e12, noNaN: true }),
				fc.integer({ min: 1, max: 512 }),
				(weights, cache, batch) => {
					const args = {
						weightBytes: weights,
						kvCacheBytes: cache,
						bandwidthBytesPerSecond: 1e12,
						batch
					};
					const step = decodeStepSeconds({ ...args, activeParameters: 1e9, flopsPerSecond: null });
					expect(step.bound).toBe('memory');
					expect(batch / step.seconds).toBeCloseTo(decodeTokensPerSecond(args), 6);
				}
			)
		);
	});
	it('is never faster than either bound', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 1e6, max: 1e12, noNaN: true }),
				fc.integer({ min: 1, max: 512 }),
				(weights, batch) => {
					const step = decodeStepSeconds({
						...a100,
						weightBytes: weights,
						kvCacheBytes: 0,
						activeParameters: weights / 2,
						batch
					});
					expect(step.seconds).toBeGreaterThanOrEqual(step.memorySeconds);
					expect(step.seconds).toBeGreaterThanOrEqual(step.computeSeconds!);
				}
			)
		);
	});
});
