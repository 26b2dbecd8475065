import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { models } from '$lib/content/model-facts';
import { lengthsUpTo, powerOfTen, powerTicks, scientific, shortBinary, windowCost } from './costs';

const shape = (id: string) => models.find((m) => m.id === id)!.shape;

describe('windowCost(shape, n)', () => {
	it('Llama 3 8B at 8,192 tokens: a 1 GiB cache, 4 GiB if its 32 query heads each kept theirs', () => {
		// 2 · 32 layers · 8 kv heads · 128 · 8192 · 2 bytes = 2³⁰.
		const cost = windowCost(shape('llama3-8b'), 8192);
		expect(cost.cacheBytes).toBe(2 ** 30);
		expect(cost.cacheBytesAllHeads).toBe(2 ** 32);
		// 4 · 32 · 32 · 128 · 8192² = 2⁴⁵.
		expect(cost.flops).toBe(2 ** 45);
	});
	it('GPT-3 without grouped-query attention: both caches agree (4.5 MiB per token)', () => {
		const cost = windowCost(shape('gpt3-175b'), 1);
		expect(cost.cacheBytes).toBe(cost.cacheBytesAllHeads);
		expect(cost.cacheBytes).toBe(2 * 96 * 96 * 128 * 2);
	});
	it('doubling N doubles the cache and quadruples the attention work', () => {
		fc.assert(
			fc.property(fc.constantFrom(...models), fc.integer({ min: 1, max: 100_000 }), (m, n) => {
				const one = windowCost(m.shape, n);
				const two = windowCost(m.shape, 2 * n);
				expect(two.cacheBytes).toBe(2 * one.cacheBytes);
				expect(two.flops).toBe(4 * one.flops);
			}),
			{ seed: 4 }
		);
	});
});

describe('lengthsUpTo(from, to)', () => {
	it('doubles up to the end, which is always last', () => {
		expect(lengthsUpTo(256, 2048)).toEqual([256, 512, 1024, 2048]);
		expect(lengthsUpTo(256, 32_768 + 1)).toHaveLength(9);
		expect(lengthsUpTo(256, 100)).toEqual([100]);
	});
});

describe('formatting', () => {
	it('large numbers as powers of ten', () => {
		expect(scientific(2 ** 43)).toBe('8.80 × 10¹²');
		expect(scientific(512)).toBe('512');
	});
});

describe('axis ticks', () => {
	it('are the powers of the base inside the range, ends included', () => {
		expect(powerTicks(256, 8192, 4)).toEqual([256, 1024, 4096]);
		expect(powerTicks(200, 1024, 4)).toEqual([256, 1024]);
		expect(powerTicks(3e10, 2e13, 10)).toEqual([1e11, 1e12, 1e13]);
	});
	it('are labelled briefly', () => {
		expect(shortBinary(1024)).toBe('1K');
		expect(shortBinary(2 ** 28)).toBe('256M');
		expect(shortBinary(2 ** 30)).toBe('1G');
		expect(shortBinary(96)).toBe('96');
		expect(powerOfTen(1e12)).toBe('10¹²');
	});
});
