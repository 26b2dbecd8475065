import { describe, expect, it } from 'vitest';
import { guideSentences } from './guide-sentences';
import { questions } from './registry';

describe('guideSentences(lang)', () => {
	it('gives every answer in both languages as sentences, numbered within their answer', async () => {
		for (const lang of ['en', 'zh'] as const) {
			const sentences = await guideSentences(lang);
			for (const { number } of questions) {
				const own = sentences.filter((s) => s.question === number);
				expect(own.length, `question ${number} (${lang})`).toBeGreaterThan(1);
				expect(own.map((s) => s.index)).toEqual(own.map((_, i) => i));
				expect(own[0].title, `question ${number} (${lang}) opens with its title`).toBe(true);
				expect(own.filter((s) => !s.title).length).toBeGreaterThan(0);
			}
		}
	});
	it('keeps sentences as written, and Chinese ones end at 。', async () => {
		const en = await guideSentences('en');
		expect(en.some((s) => /^[A-Z].*\.$/.test(s.text))).toBe(true);
		expect(en.find((s) => s.question === 11 && s.title)?.text).toBe(
			'What is next sentence prediction, and how does it enhance LLMs?'
		);
		const zh = await guideSentences('zh');
		expect(zh.filter((s) => s.question === 1 && s.title).map((s) => s.text)).toEqual([
			'分词包含什么？',
			'为什么它对 LLM 至关重要？'
		]);
		expect(zh.filter((s) => s.text.endsWith('。')).length).toBeGreaterThan(zh.length / 2);
		expect(zh.every((s) => !/。./.test(s.text))).toBe(true);
	});
});
