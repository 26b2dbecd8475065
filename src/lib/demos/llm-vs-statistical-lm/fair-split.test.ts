import { describe, expect, it } from 'vitest';
import { answerTexts } from '$lib/content/corpus';
import { HELD_OUT_QUESTIONS, formatDocument, splitCorpus } from '$lib/engines/gpt';
import { fairSplit } from './fair-split';

describe('fairSplit(answers)', () => {
	const answers = { en: answerTexts('en'), zh: answerTexts('zh') };
	const gpt = splitCorpus(answers);
	const fair = fairSplit(answers);

	it('trains on exactly the GPT’s training text and holds out exactly its answers', () => {
		expect(fair.train).toBe(gpt.train);
		expect(`${fair.heldOut.en}\n\n${fair.heldOut.zh}`).toBe(gpt.heldOut);
	});

	it('holds out the questions the checkpoint never trained on, per language, and only those', () => {
		for (const lang of ['en', 'zh'] as const) {
			answers[lang].forEach((text, i) => {
				const doc = formatDocument(text, lang);
				const held = HELD_OUT_QUESTIONS.includes(i + 1);
				expect(fair.heldOut[lang].includes(doc)).toBe(held);
				expect(fair.train.includes(doc)).toBe(!held);
			});
		}
	});
});
