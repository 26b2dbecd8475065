import { describe, expect, it } from 'vitest';
import { contextOf, languageModel } from './language-model';

describe('languageModel(lang)', () => {
	it('trains once per language on the guide and gives full distributions', async () => {
		const en = await languageModel('en');
		expect(await languageModel('en')).toBe(en);
		expect(en.vocab.length).toBeGreaterThan(500);
		const p = en.distribution(['the', 'attention']);
		expect(p.length).toBe(en.vocab.length);
		expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
		expect(en.vocab[p.indexOf(Math.max(...p))]).toBe('mechanism');

		const zh = await languageModel('zh');
		expect(zh.vocab).toContain('注');
	});
});

describe('contextOf(prompt, lang)', () => {
	it('takes the last sentence, lowercased, and nothing after a full stop', () => {
		expect(contextOf('Hello. The Cat sat', 'en')).toEqual(['the', 'cat', 'sat']);
		expect(contextOf('It ends here.', 'en')).toEqual([]);
		expect(contextOf('', 'en')).toEqual([]);
		expect(contextOf('注意力机制', 'zh')).toEqual(['注', '意', '力', '机', '制']);
		expect(contextOf('你好。', 'zh')).toEqual([]);
		expect(contextOf('🙂 emoji', 'en')).toEqual(['🙂', 'emoji']);
	});
});
