import { describe, expect, it } from 'vitest';
import { answerTexts } from '$lib/content/corpus';
import { questionPrompt } from '$lib/engines/gpt';
import { firstSentence, trainedItems } from './answer-fit';
import { schema } from './params';
import { ASK, CONTEXT_TITLE, PROMPT_PRESETS, TOKENIZATION_EXAMPLE } from './presets';

const items = trainedItems({ en: answerTexts('en'), zh: answerTexts('zh') });
const find = (lang: 'en' | 'zh', title: string) =>
	items.find((i) => i.lang === lang && i.title === title);

describe('the presets', () => {
	it('ask the guide’s own questions, and the example is question 1’s first sentence', () => {
		expect(find('en', CONTEXT_TITLE.en)).toBeDefined();
		expect(find('zh', CONTEXT_TITLE.zh)).toBeDefined();
		const tokenization = find('en', TOKENIZATION_EXAMPLE.title);
		expect(firstSentence(tokenization?.answer ?? '')).toBe(TOKENIZATION_EXAMPLE.answer);
	});

	it('write the engine’s question-and-answer format', () => {
		for (const lang of ['en', 'zh'] as const) {
			expect(ASK[lang](CONTEXT_TITLE[lang])).toBe(questionPrompt(CONTEXT_TITLE[lang], lang));
		}
	});

	it('put a question in the guide’s format in prompt B, and fit the prompts’ length', () => {
		for (const preset of PROMPT_PRESETS) {
			expect(
				preset.b.endsWith(
					questionPrompt(
						preset.id === 'language' ? CONTEXT_TITLE.zh : CONTEXT_TITLE.en,
						preset.id === 'language' ? 'zh' : 'en'
					)
				)
			).toBe(true);
			expect(preset.a.length).toBeLessThanOrEqual(schema.a.maxLength);
			expect(preset.b.length).toBeLessThanOrEqual(schema.b.maxLength);
		}
		expect(new Set(PROMPT_PRESETS.map((p) => `${p.a}|${p.b}`)).size).toBe(PROMPT_PRESETS.length);
	});
});
