import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerTexts } from '$lib/content/corpus';
import { runJobNow } from '$lib/jobs';
import { bitsPerChar } from './char-bits';
import { heldOutBits } from './held-out-bits.job';

describe('heldOutBits', () => {
	it('scores the GPT and five n-gram orders on the same held-out characters', () => {
		const checkpoint = new Uint8Array(
			readFileSync(new URL('../../engines/gpt/checkpoints/guide-gpt.bin', import.meta.url))
		);
		const out = runJobNow(heldOutBits, {
			checkpoint,
			answers: { en: answerTexts('en'), zh: answerTexts('zh') }
		});
		expect(out.context).toBe(64);
		for (const lang of ['en', 'zh'] as const) {
			const { chars, gpt, ngram } = out.scores[lang];
			expect(chars).toBeGreaterThan(100);
			expect(gpt.tokens).toBeGreaterThan(0);
			const bits = [gpt.nats, ...ngram.map((o) => o.nats)].map((n) => bitsPerChar(n, chars));
			for (const b of bits) expect(b).toBeGreaterThan(0);
			for (const b of bits) expect(b).toBeLessThan(32);
			expect(ngram.map((o) => o.n)).toEqual([1, 2, 3, 4, 5]);
			// A bigram knows more than a unigram; the same characters go unseen at every order.
			expect(ngram[1].nats).toBeLessThan(ngram[0].nats);
			expect(new Set(ngram.map((o) => o.unseen)).size).toBe(1);
		}
	}, 120_000);
});
