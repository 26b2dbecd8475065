import { describe, expect, it } from 'vitest';
import { activeParameters, decoderParameters } from '$lib/math/model-size';
import { gpus, models, moeModels, unpublishedModels } from './model-facts';

const total = (id: string) => decoderParameters(models.find((m) => m.id === id)!.shape).total;

describe('the published configurations', () => {
	it('equals the exact counts of the released checkpoints', () => {
		// The counts their loaders report (sum of every tensor's size in the checkpoint).
		expect(total('gpt2-small')).toBe(124_439_808);
		expect(total('llama2-7b')).toBe(6_738_415_616);
		expect(total('llama2-13b')).toBe(13_015_864_320);
		expect(total('llama2-70b')).toBe(68_976_648_192);
		expect(total('llama3-8b')).toBe(8_030_261_248);
		expect(total('mistral-7b')).toBe(7_241_732_096);
		expect(total('mixtral-8x7b')).toBe(46_702_792_704);
	});
	it('is within 0.5 % of GPT-3’s published 175.0B', () => {
		expect(Math.abs(total('gpt3-175b') / 175.0e9 - 1)).toBeLessThan(0.005);
	});
	it('have heads × head width = d_model, whole query groups, and a source each', () => {
		for (const { id, shape, source } of models) {
			expect(shape.heads * shape.headDim, id).toBe(shape.dModel);
			expect(shape.heads % shape.kvHeads, id).toBe(0);
			expect(source.url, id).toMatch(/^https:\/\//);
		}
		for (const { id, source } of [...gpus, ...unpublishedModels]) {
			expect(source.url, id).toMatch(/^https:\/\//);
		}
	});
	it('mark what was not published as unknown, not as a number', () => {
		expect(unpublishedModels.find((m) => m.id === 'gpt4')!.unpublished).toContain('parameters');
		expect(gpus.find((g) => g.id === 'm2-ultra')!.bf16Tflops).toBeNull();
	});
});

describe('the mixtures of experts', () => {
	it('Mixtral’s configuration gives its published 47B in all and 13B per token', () => {
		const mixtral = moeModels.find((m) => m.id === 'mixtral-8x7b')!;
		const shape = models.find((m) => m.id === mixtral.configId)!.shape;
		expect(decoderParameters(shape).total / 1e9).toBeCloseTo(46.7, 1);
		expect(activeParameters(shape)).toBe(12_879_925_248);
		expect(Math.abs(activeParameters(shape) / mixtral.active! - 1)).toBeLessThan(0.01);
	});
	it('use fewer parameters per token than in all, name their source, and leave unpublished figures null', () => {
		for (const m of moeModels) {
			expect(m.activeExperts, m.id).toBeLessThan(m.experts);
			if (m.active !== null) expect(m.active, m.id).toBeLessThan(m.total);
			expect(m.active === null, m.id).toBe(m.published.active === null);
			expect(m.source.url, m.id).toMatch(/^https:\/\//);
		}
		expect(moeModels.find((m) => m.id === 'switch-c')!.active).toBeNull();
	});
});
