import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attentionFlops, attentionScoreEntries, layerCost } from './attention-cost';
import { patchCount } from './patches';

describe('attentionFlops(shape)', () => {
	it('Llama 2 7B at 4,096 tokens: 4 · 32 · 32 · 128 · 4096² = 8.80 × 10¹² (hand-worked)', () => {
		// 4 · 32 · 32 · 128 = 524,288; 4096² = 16,777,216; product 8,796,093,022,208 = 2⁴³.
		expect(attentionFlops({ layers: 32, heads: 32, headDim: 128, seqLen: 4096 })).toBe(2 ** 43);
	});
	it('one layer, one head of width 1, two tokens: 4 scores and 4 weighted values, 16', () => {
		// QKᵀ: 2 × 2 dot products of length 1 (multiply + add) = 8; AV the same.
		expect(attentionFlops({ layers: 1, heads: 1, headDim: 1, seqLen: 2 })).toBe(16);
	});
	it('grows with the square of the length: twice the tokens, four times the work', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 128 }),
				fc.integer({ min: 1, max: 128 }),
				fc.integer({ min: 1, max: 256 }),
				fc.integer({ min: 0, max: 100_000 }),
				fc.integer({ min: 2, max: 16 }),
				(layers, heads, headDim, seqLen, k) => {
					const shape = { layers, heads, headDim, seqLen };
					expect(attentionFlops({ ...shape, seqLen: k * seqLen })).toBe(
						k * k * attentionFlops(shape)
					);
					expect(attentionFlops({ ...shape, layers: k * layers })).toBe(k * attentionFlops(shape));
				}
			),
			{ seed: 3 }
		);
	});
	it('rejects negative or non-finite sizes', () => {
		const shape = { layers: 1, heads: 1, headDim: 1, seqLen: 1 };
		expect(() => attentionFlops({ ...shape, seqLen: -1 })).toThrow(RangeError);
		expect(() => attentionFlops({ ...shape, heads: NaN })).toThrow(RangeError);
		expect(() => attentionFlops({ ...shape, seqLen: Infinity })).toThrow(RangeError);
	});
});

describe('layerCost(kind, n, d) (Vaswani et al. 2017, Table 1)', () => {
	it('hand-worked, n = 10, d = 4: recurrent 4·10·16 = 640; attention 8·10·16 + 4·100·4 = 2,880', () => {
		expect(layerCost('recurrent', 10, 4)).toEqual({
			flops: 640,
			sequentialOperations: 10,
			pathLength: 9
		});
		expect(layerCost('self-attention', 10, 4)).toEqual({
			flops: 2880,
			sequentialOperations: 1,
			pathLength: 1
		});
	});
	it('the base Transformer width, d = 512: the n²·d terms pass 8·n·d² at n = 2d = 1,024', () => {
		const d = 512;
		const scores = (n: number) => layerCost('self-attention', n, d).flops - 8 * n * d * d;
		expect(scores(1024)).toBe(8 * 1024 * d * d);
		expect(scores(512)).toBeLessThan(8 * 512 * d * d);
	});
	it('recurrent grows linearly in n, attention’s sequential steps and path stay at 1', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 100_000 }),
				fc.integer({ min: 1, max: 4096 }),
				fc.integer({ min: 2, max: 8 }),
				(n, d, k) => {
					const rnn = layerCost('recurrent', n, d);
					expect(layerCost('recurrent', k * n, d).flops).toBe(k * rnn.flops);
					expect(layerCost('recurrent', k * n, d).sequentialOperations).toBe(k * n);
					const att = layerCost('self-attention', k * n, d);
					expect(att.sequentialOperations).toBe(1);
					expect(att.pathLength).toBe(1);
					expect(rnn.pathLength).toBe(n - 1);
				}
			),
			{ seed: 12 }
		);
	});
	it('no tokens: no work, no path; bad sizes throw', () => {
		expect(layerCost('self-attention', 0, 8)).toEqual({
			flops: 0,
			sequentialOperations: 0,
			pathLength: 0
		});
		expect(() => layerCost('recurrent', -1, 8)).toThrow(RangeError);
		expect(() => layerCost('recurrent', 3, NaN)).toThrow(RangeError);
	});
});

describe('attentionScoreEntries(shape)', () => {
	it('ViT-B/16 at 224 px: 196 patch tokens + [CLS], 12 layers × 12 heads × 197² = 5,588,496', () => {
		const seqLen = patchCount(224, 16) + 1;
		expect(seqLen).toBe(197);
		expect(attentionScoreEntries({ layers: 12, heads: 12, seqLen })).toBe(5_588_496);
	});
	it('halving the patch size multiplies the tokens by 4 and the scores by 16', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 32 }), fc.integer({ min: 1, max: 16 }), (k, p) => {
				const side = 2 * k * p;
				const coarse = attentionScoreEntries({
					layers: 1,
					heads: 1,
					seqLen: patchCount(side, 2 * p)
				});
				const fine = attentionScoreEntries({ layers: 1, heads: 1, seqLen: patchCount(side, p) });
				expect(fine).toBe(16 * coarse);
			})
		);
	});
	it('rejects negative or infinite sizes', () => {
		expect(() => attentionScoreEntries({ layers: 1, heads: -1, seqLen: 3 })).toThrow(RangeError);
		expect(() => attentionScoreEntries({ layers: 1, heads: 1, seqLen: Infinity })).toThrow(
			RangeError
		);
	});
});
