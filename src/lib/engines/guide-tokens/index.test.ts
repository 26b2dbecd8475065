import { describe, expect, it } from 'vitest';
import { corpusText } from '$lib/content/corpus';
import { decodeUtf8 } from '$lib/math/utf8';
import { guideTokens, GUIDE_ENCODINGS, OUR_BPE_MERGES } from './index';

describe('guideTokens(encoding, lang)', () => {
	it('spells the whole guide back with every encoding, once per encoding and language', async () => {
		for (const encoding of GUIDE_ENCODINGS) {
			expect(guideTokens(encoding, 'en')).toBe(guideTokens(encoding, 'en'));
			const tokens = await guideTokens(encoding, 'en');
			const bytes = Array.from(tokens.ids, (id) => Array.from(tokens.bytesOf(id))).flat();
			expect(decodeUtf8(bytes), encoding).toBe(corpusText('en'));
			expect(tokens.chars).toBe(corpusText('en').length);
		}
		expect((await guideTokens('bpe', 'en')).vocabSize).toBe(256 + OUR_BPE_MERGES);
	});
	it('spends more GPT-3 tokens than GPT-4 tokens on the guide, far more on the Chinese one', async () => {
		const count = async (e: 'r50k' | 'cl100k', lang: 'en' | 'zh') =>
			(await guideTokens(e, lang)).ids.length;
		const en = (await count('r50k', 'en')) / (await count('cl100k', 'en'));
		const zh = (await count('r50k', 'zh')) / (await count('cl100k', 'zh'));
		expect(en).toBeGreaterThan(1);
		expect(zh).toBeGreaterThan(1.5);
		expect(zh).toBeGreaterThan(en);
	});
});
