import { describe, expect, it } from 'vitest';
import { decoderParameters } from '$lib/math/model-size';
import { gptGenerations, gpus, models, unpublishedModels } from './model-facts';

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

describe('the GPT generations', () => {
	const gpt3 = gptGenerations.find((g) => g.id === 'gpt3')!;
	const gpt4 = gptGenerations.find((g) => g.id === 'gpt4')!;
	it('give GPT-3 the paper’s 2,048-token window and GPT-4 its 8,192 and 32,768 at launch', () => {
		expect(gpt3.windows.map((w) => w.tokens)).toEqual([2048]);
		expect(gpt4.windows.map((w) => w.tokens).slice(0, 2)).toEqual([8192, 32_768]);
		expect(gpt3.windows[0].tokens).toBe(models.find((m) => m.id === 'gpt3-175b')!.contextLength);
	});
	it('say GPT-4’s size and architecture were not published, as its report says', () => {
		expect(gpt4.config).toBeNull();
		expect(gpt4.sizeSource.url).toBe(unpublishedModels.find((m) => m.id === 'gpt4')!.source.url);
		expect(models.find((m) => m.id === gpt3.config)!.shape.layers).toBe(96);
	});
	it('have a primary source for every figure and a real date', () => {
		for (const g of gptGenerations) {
			const sources = [g.releasedSource, g.modalitiesSource, g.encodingSource, g.sizeSource];
			for (const s of [...sources, ...g.windows.map((w) => w.source)]) {
				expect(s.url, g.id).toMatch(/^https:\/\/(arxiv\.org|openai\.com|github\.com\/openai)\//);
			}
			expect(new Date(g.released).toISOString().slice(0, 10)).toBe(g.released);
		}
		expect(gpt4.input).toContain('image');
		expect(gpt3.input).toEqual(['text']);
	});
});
