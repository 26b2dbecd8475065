import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenizeChars, tokenizeWords } from './text-tokenize';

describe('tokenizeWords(text)', () => {
	it('splits sentences on . ! ? and newlines, lowercases, keeps commas and apostrophes', () => {
		expect(tokenizeWords("Hello, World! How are you?\nI'm fine.")).toEqual([
			['hello', ',', 'world'],
			['how', 'are', 'you'],
			["i'm", 'fine']
		]);
	});

	it('handles letters of any script, combining marks included', () => {
		expect(tokenizeWords('Ça va? Привет, мир. Grüße!')).toEqual([
			['ça', 'va'],
			['привет', ',', 'мир'],
			['grüße']
		]);
		expect(tokenizeWords('नमस्ते दुनिया')).toEqual([['नमस्ते', 'दुनिया']]);
	});

	it('keeps digits in words and makes other symbols and emoji tokens of their own', () => {
		expect(tokenizeWords('GPT-2 has 1558M params; I ❤ 😀 cats')).toEqual([
			['gpt', '-', '2', 'has', '1558m', 'params', ';', 'i', '❤', '😀', 'cats']
		]);
	});

	it('drops empty sentences', () => {
		expect(tokenizeWords('...\n\n!? ')).toEqual([]);
		expect(tokenizeWords('')).toEqual([]);
	});

	it('never yields an empty token, whitespace or a sentence mark', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
				for (const sentence of tokenizeWords(text)) {
					expect(sentence.length).toBeGreaterThan(0);
					for (const token of sentence) {
						expect(token.length).toBeGreaterThan(0);
						expect(token).not.toMatch(/[\s.!?]/u);
					}
				}
			})
		);
	});
});

describe('tokenizeChars(text)', () => {
	it('splits sentences on 。！？ and newlines into single characters', () => {
		expect(tokenizeChars('我爱你。你好！\n谢谢？')).toEqual([
			['我', '爱', '你'],
			['你', '好'],
			['谢', '谢']
		]);
	});

	it('drops whitespace and keeps other punctuation', () => {
		expect(tokenizeChars('你 好，世界')).toEqual([['你', '好', '，', '世', '界']]);
	});

	it('keeps characters outside the BMP whole', () => {
		expect(tokenizeChars('𠀀𝄞a')).toEqual([['𠀀', '𝄞', 'a']]);
	});

	it('yields single non-space code points only', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
				for (const sentence of tokenizeChars(text)) {
					expect(sentence.length).toBeGreaterThan(0);
					for (const token of sentence) {
						expect(Array.from(token)).toHaveLength(1);
						expect(token).not.toMatch(/[\s。！？]/u);
					}
				}
			})
		);
	});
});
