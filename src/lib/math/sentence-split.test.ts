import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentence-split';

describe('splitSentences(text)', () => {
	it('splits at sentence ends and line breaks, keeping each sentence as written', () => {
		expect(splitSentences('The Cat sat. A dog, too!\n注意力机制很重要。它看全句。')).toEqual([
			'The Cat sat.',
			'A dog, too!',
			'注意力机制很重要。',
			'它看全句。'
		]);
	});
	it('does not end a sentence at a decimal point', () => {
		expect(splitSentences('GPT-3.5 came first. Then GPT-4.')).toEqual([
			'GPT-3.5 came first.',
			'Then GPT-4.'
		]);
	});
	it('drops blank lines and bare punctuation, and gives nothing for blank text', () => {
		expect(splitSentences('One.\n\n  \n...\nTwo')).toEqual(['One.', 'Two']);
		expect(splitSentences('')).toEqual([]);
	});
	it('loses no letter: the sentences hold every letter and digit of the text, in order', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '!', '\n', '。', '7') }),
				(text) => {
					const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
					expect(letters(splitSentences(text).join(''))).toBe(letters(text));
				}
			)
		);
	});
});
