import { describe, expect, it } from 'vitest';
import { schema } from './params';
import { DEFAULT_PROMPTS, shownPrompt } from './prompts';

describe('shownPrompt(prompt, lang)', () => {
	it('shows the page language’s default question while the prompt is the default', () => {
		expect(schema.prompt.default).toBe(DEFAULT_PROMPTS.en);
		expect(shownPrompt(schema.prompt.default, 'en')).toBe(DEFAULT_PROMPTS.en);
		expect(shownPrompt(schema.prompt.default, 'zh')).toBe(DEFAULT_PROMPTS.zh);
		expect(DEFAULT_PROMPTS.zh).toMatch(/^问题：.*\n回答：$/);
	});
	it('keeps a typed prompt in either language', () => {
		for (const lang of ['en', 'zh'] as const) {
			expect(shownPrompt('Question: What is attention?\nAnswer: ', lang)).toBe(
				'Question: What is attention?\nAnswer: '
			);
			expect(shownPrompt(DEFAULT_PROMPTS.zh, lang)).toBe(DEFAULT_PROMPTS.zh);
			expect(shownPrompt('', lang)).toBe('');
		}
	});
});
