import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kvCacheBytes } from './kv-cache';

const at4k = { seqLen: 4096, batch: 1, bytesPerValue: 2 };

describe('kvCacheBytes(shape)', () => {
	it('Llama 2 7B at 4,096 tokens in bf16: 2 GiB (hand-worked)', () => {
		// 2 · 32 layers · 32 heads · 128 · 4096 · 1 · 2 bytes = 2,147,483,648 bytes.
		expect(kvCacheBytes({ layers: 32, kvHeads: 32, headDim: 128, ...at4k })).toBe(2 ** 31);
	});
	it('Llama 3 8B, same length: a quarter of that, the ratio of key-value heads (32 / 8)', () => {
		const llama2 = kvCacheBytes({ layers: 32, kvHeads: 32, headDim: 128, ...at4k });
		const llama3 = kvCacheBytes({ layers: 32, kvHeads: 8, headDim: 128, ...at4k });
		expect(llama3).toBe(512 * 2 ** 20);
		expect(llama2 / llama3).toBe(32 / 8);
	});
	it('Llama 2 70B (80 layers, 8 key-value heads) at 4,096 tokens, batch 8: 10 GiB', () => {
		// 2 · 80 · 8 · 128 · 4096 · 8 · 2 = 10,737,418,240.
		expect(kvCacheBytes({ layers: 80, kvHeads: 8, headDim: 128, ...at4k, batch: 8 })).toBe(
			10 * 2 ** 30
		);
	});
	it('is linear in every factor', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 6, maxLength: 6 }),
				fc.integer({ min: 0, max: 5 }),
				fc.integer({ min: 2, max: 4 }),
				(values, which, k) => {
					const keys = ['layers', 'kvHeads', 'headDim', 'seqLen', 'batch', 'bytesPerValue'];
					const shape = Object.fromEntries(keys.map((key, i) => [key, values[i]]));
					const scaled = { ...shape, [keys[which]]: values[which] * k };
					expect(kvCacheBytes(scaled as never)).toBe(k * kvCacheBytes(shape as never));
				}
			),
			{ seed: 2 }
		);
	});
	it('rejects negative or non-finite sizes', () => {
		const shape = { layers: 1, kvHeads: 1, headDim: 1, seqLen: 1, batch: 1, bytesPerValue: 2 };
		expect(() => kvCacheBytes({ ...shape, batch: -1 })).toThrow(RangeError);
		expect(() => kvCacheBytes({ ...shape, seqLen: Infinity })).toThrow(RangeError);
		expect(() => kvCacheBytes({ ...shape, layers: NaN })).toThrow(RangeError);
	});
});
