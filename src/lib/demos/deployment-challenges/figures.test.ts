import { describe, expect, it } from 'vitest';
import { models } from '$lib/content/model-facts';
import { decoderParameters } from '$lib/math/model-size';
import { activeParameters, deployment, type Inputs } from './figures';
import { formulaRows } from './formulas';

const base: Inputs = {
	model: 'llama2-7b',
	weights: 'bf16',
	cache: 'bf16',
	prompt: 1024,
	output: 256,
	batch: 1,
	gpu: 'a100-80gb'
};

describe('deployment(inputs)', () => {
	it('Llama 2 7B in bf16, 1,024 + 256 tokens, batch 1: hand-worked terms', () => {
		const d = deployment(base);
		expect(d.parameters).toBe(6_738_415_616);
		expect(d.memory.weights).toBe(2 * 6_738_415_616);
		// 2 · 32 layers · 32 kv heads · 128 · 1,280 tokens · 1 · 2 bytes
		expect(d.memory.cache).toBe(671_088_640);
		// 1 · 1,024 · 38,400 · 2 bytes
		expect(d.memory.activations).toBe(78_643_200);
		expect(d.memory.total).toBe(2 * 6_738_415_616 + 671_088_640 + 78_643_200);
	});

	it('decode on an A100 is bound by memory: (weights + cache) / 2,039 GB/s per token', () => {
		const d = deployment(base);
		expect(d.chosen.gpu.id).toBe('a100-80gb');
		expect(d.chosen.step.bound).toBe('memory');
		expect(d.chosen.step.seconds).toBeCloseTo((13_476_831_232 + 671_088_640) / 2039e9, 12);
		expect(d.chosen.tokensPerSecond).toBeCloseTo(2039e9 / (13_476_831_232 + 671_088_640), 9);
		// 2 · P · 1,024 / 312 TFLOPS ≈ 44.2 ms
		expect(d.chosen.prefill).toBeCloseTo((2 * 6_738_415_616 * 1024) / 312e12, 12);
		expect(d.chosen.answer).toBeCloseTo(d.chosen.prefill! + 256 * d.chosen.step.seconds, 12);
	});

	it('marks each GPU: a 7B model in bf16 fits on 24 GB cards, Llama 2 70B on none of the 80 GB ones', () => {
		const small = deployment(base);
		expect(small.perGpu.every((g) => g.fits)).toBe(true);
		const big = deployment({ ...base, model: 'llama2-70b' });
		const fits = Object.fromEntries(big.perGpu.map((g) => [g.gpu.id, g.fits]));
		expect(fits).toEqual({
			'a100-80gb': false,
			'h100-sxm': false,
			l4: false,
			'rtx-4090': false,
			'm2-ultra': true
		});
		expect(big.perGpu.find((g) => g.gpu.id === 'a100-80gb')!.needed).toBe(2);
		expect(big.perGpu.find((g) => g.gpu.id === 'l4')!.needed).toBe(6);
	});

	it('grouped-query attention: Llama 2 70B keeps 8 of 64 heads’ keys and values, an eighth of the cache', () => {
		const d = deployment({ ...base, model: 'llama2-70b' });
		expect(d.cacheWithoutGqa / d.memory.cache).toBe(8);
		// Llama 2 7B has no grouping.
		const seven = deployment(base);
		expect(seven.cacheWithoutGqa).toBe(seven.memory.cache);
	});

	it('Llama 2 7B against Llama 3 8B at the same length: the cache differs by 32 / 8 kv heads', () => {
		const a = deployment(base).memory.cache;
		const b = deployment({ ...base, model: 'llama3-8b' }).memory.cache;
		expect(a / b).toBe(4);
	});

	it('int4 weights are an eighth of fp32; an int8 cache half of bf16', () => {
		const fp32 = deployment({ ...base, weights: 'fp32' }).memory.weights;
		expect(deployment({ ...base, weights: 'int4' }).memory.weights).toBe(fp32 / 8);
		expect(deployment({ ...base, cache: 'int8' }).memory.cache).toBe(671_088_640 / 2);
	});

	it('throughput grows with the batch while latency per step grows too', () => {
		const { sweep } = deployment(base);
		for (let i = 1; i < sweep.length; i++) {
			expect(sweep[i].throughput).toBeGreaterThan(sweep[i - 1].throughput);
			expect(sweep[i].latency).toBeGreaterThanOrEqual(sweep[i - 1].latency);
		}
		// Batch 256 of 1,280-token caches: 13.5 GB + 256 · 0.67 GB does not fit in 80 GB.
		expect(sweep.at(-1)!.fits).toBe(false);
		expect(sweep[0].fits).toBe(true);
	});

	it('the chosen batch joins the sweep when it is not a power of two', () => {
		expect(deployment({ ...base, batch: 3 }).sweep.map((p) => p.batch)).toContain(3);
	});

	it('says when prompt and output pass the trained context', () => {
		expect(deployment(base).beyondContext).toBe(false);
		expect(deployment({ ...base, prompt: 4000, output: 200 }).beyondContext).toBe(true);
	});

	it('an unknown model or GPU id falls back to the first, never throws', () => {
		const d = deployment({ ...base, model: 'nope', gpu: 'nope' });
		expect(d.model.id).toBe(models[0].id);
		expect(d.chosen.gpu.id).toBe('a100-80gb');
	});

	it('Apple M2 Ultra publishes no bf16 peak: decode bound by memory only, no prefill figure', () => {
		const d = deployment({ ...base, gpu: 'm2-ultra' });
		expect(d.chosen.prefill).toBeNull();
		expect(d.chosen.step.computeSeconds).toBeNull();
		const rows = formulaRows(d, { ...base, gpu: 'm2-ultra' }, 'tokens/s');
		expect(rows.find((r) => r.key === 'prefill')!.result).toBeNull();
	});
});

describe('activeParameters(model)', () => {
	it('a dense model uses all its parameters', () => {
		const m = models.find((x) => x.id === 'mistral-7b')!;
		expect(activeParameters(m)).toBe(decoderParameters(m.shape).total);
	});
	it('Mixtral 8×7B: about 46.7B in all and 12.9B active, as published (47B, 13B)', () => {
		const m = models.find((x) => x.id === 'mixtral-8x7b')!;
		expect(decoderParameters(m.shape).total / 1e9).toBeCloseTo(46.7, 1);
		expect(activeParameters(m) / 1e9).toBeCloseTo(12.9, 1);
	});
});

describe('formulaRows(…)', () => {
	it('fills the cache formula with the numbers it multiplies', () => {
		const rows = formulaRows(deployment(base), base, 'tokens/s');
		const cache = rows.find((r) => r.key === 'cache')!;
		expect(cache.filled).toBe('2 × 32 × 32 × 128 × 1,280 × 1 × 2 B');
		expect(cache.result).toBe('0.671 GB');
		expect(rows.find((r) => r.key === 'weights')!.filled).toBe('6.74×10⁹ × 2 B');
		expect(rows.find((r) => r.key === 'rate')!.result).toMatch(/^14\d tokens\/s$/);
	});
});
