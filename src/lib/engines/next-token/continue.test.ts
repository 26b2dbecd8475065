import { describe, expect, it } from 'vitest';
import { continuePrompt } from './continue';
import { languageModel } from './language-model';

describe('continuePrompt(model, unigram, prompt, lang, opts)', async () => {
	const model = await languageModel('en');
	const unigram = await languageModel('en', 1);
	const opts = { temperature: 1, seed: 7, steps: 0 };

	it('gives the next-token distribution after the prompt', () => {
		const c = continuePrompt(model, unigram, 'The attention', 'en', opts);
		expect(c.context).toEqual(['the', 'attention']);
		expect(c.labels[c.logits.indexOf(Math.max(...c.logits))]).toBe('mechanism');
		expect(c.unigramShown).toBe(false);
	});

	it('falls back to the unigram distribution for an empty prompt and names unknown words', () => {
		expect(continuePrompt(model, unigram, '', 'en', opts).unigramShown).toBe(true);
		const c = continuePrompt(model, unigram, 'the flibbertigibbet 🙂', 'en', opts);
		expect(c.unknown).toEqual(['flibbertigibbet', '🙂']);
		expect(Math.exp(Math.max(...c.logits))).toBeLessThan(1);
	});

	it('generates the same tokens for the same seed, and greedily repeats at T = 0', () => {
		const a = continuePrompt(model, unigram, 'The model', 'en', { ...opts, steps: 8 });
		const b = continuePrompt(model, unigram, 'The model', 'en', { ...opts, steps: 8 });
		expect(a.generated).toEqual(b.generated);
		expect(a.generated.length).toBeGreaterThan(0);
		const greedy1 = continuePrompt(model, unigram, 'The model', 'en', {
			temperature: 0,
			seed: 1,
			steps: 6
		});
		const greedy2 = continuePrompt(model, unigram, 'The model', 'en', {
			temperature: 0,
			seed: 99,
			steps: 6
		});
		expect(greedy1.generated).toEqual(greedy2.generated);
	});
});
