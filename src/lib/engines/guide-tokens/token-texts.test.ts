import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeUtf8 } from '$lib/math/utf8';
import { tokenTexts } from './token-texts';

describe('tokenTexts(tokens)', () => {
	it('writes whole tokens as their text', () => {
		expect(tokenTexts([encodeUtf8('The'), encodeUtf8(' cat')])).toEqual(['The', ' cat']);
	});
	it('gives a character split over tokens to the token of its first byte', () => {
		// 猫 is E7 8C AB: split after its first byte, then a token holding the rest and "!".
		expect(tokenTexts([Uint8Array.of(0xe7), Uint8Array.of(0x8c, 0xab, 0x21)])).toEqual(['猫', '!']);
		expect(tokenTexts([Uint8Array.of(0x41, 0xe7, 0x8c), Uint8Array.of(0xab)])).toEqual(['A猫', '']);
	});
	it('marks a stray continuation byte as U+FFFD', () => {
		expect(tokenTexts([Uint8Array.of(0x8c), encodeUtf8('a')])).toEqual(['\uFFFD', 'a']);
	});
	it('joins back into the text however its bytes are cut', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), fc.array(fc.nat()), (text, cuts) => {
				const bytes = encodeUtf8(text);
				const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
				const edges = [0, ...at, bytes.length];
				const tokens = edges.slice(1).map((end, i) => bytes.subarray(edges[i], end));
				const texts = tokenTexts(tokens);
				expect(texts).toHaveLength(tokens.length);
				expect(texts.join('')).toBe(text);
			}),
			{ seed: 5 }
		);
	});
});
