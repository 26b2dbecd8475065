import { describe, expect, it } from 'vitest';
import { gptGenerations } from './gpt-generations';
import { models, unpublishedModels } from './model-facts';

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
