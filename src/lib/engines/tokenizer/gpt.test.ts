import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '$lib/math/utf8';
import { labelPieces, labelText } from './token-label';
import { GPT_NAMES, loadGpt } from './gpt';

describe('loadGpt(name)', () => {
	it('loads each encoding once and spells every token back into the text', async () => {
		const text = 'Tokenizers split "cryptocurrency". 人工智能 🙂 <|endoftext|>';
		for (const name of GPT_NAMES) {
			expect(loadGpt(name)).toBe(loadGpt(name));
			const gpt = await loadGpt(name);
			const ids = gpt.encode(text);
			const bytes = ids.flatMap((id) => Array.from(gpt.bytesOf(id)));
			expect(decodeUtf8(bytes)).toBe(text);
		}
	});

	it('knows the vocabulary sizes and GPT-2’s bytes for a CJK character', async () => {
		const [r50k, cl100k, o200k] = await Promise.all(GPT_NAMES.map(loadGpt));
		expect(r50k.vocabSize).toBe(50257);
		expect(cl100k.vocabSize).toBeGreaterThan(100000);
		expect(o200k.vocabSize).toBeGreaterThan(200000);
		// GPT-2 has no token for 猫 (E7 8C AB): it spends more than one, split inside the character.
		const labels = r50k.encode('猫').map((id) => labelText(labelPieces(r50k.bytesOf(id))));
		expect(labels.length).toBeGreaterThan(1);
		expect(labels.join(' ')).toMatch(/<E7/);
		expect(labels.join('')).not.toContain('\uFFFD');
	});

	it('p50k_base is r50k_base with tokens for runs of spaces', async () => {
		const [r50k, p50k] = await Promise.all([loadGpt('r50k'), loadGpt('p50k')]);
		expect(p50k.vocabSize).toBe(50281);
		const prose = 'The context window is the number of tokens a model sees.';
		expect([...p50k.encode(prose)]).toEqual([...r50k.encode(prose)]);
		const code = 'if x:\n        return y';
		expect(p50k.encode(code).length).toBeLessThan(r50k.encode(code).length);
	});
});
