import { describe, expect, it } from 'vitest';
import { buildWordVocab, countWords, isWord, splitWordTokens, wordId } from './word-vocab';

describe('splitWordTokens(text)', () => {
	it('keeps words whole and makes every other symbol a token', () => {
		expect(splitWordTokens('Don’t split "cryptocurrency", OK? 🙂')).toEqual([
			'Don’t',
			'split',
			'"',
			'cryptocurrency',
			'"',
			',',
			'OK',
			'?',
			'🙂'
		]);
	});

	it('reads a run of Chinese characters as one word, and handles empty text', () => {
		expect(splitWordTokens('中文也要分词：人工智能。')).toEqual([
			'中文也要分词',
			'：',
			'人工智能',
			'。'
		]);
		expect(splitWordTokens('')).toEqual([]);
		expect(splitWordTokens('  \n ')).toEqual([]);
	});
});

describe('buildWordVocab(text, minCount) and wordId(vocab, token)', () => {
	const vocab = buildWordVocab('the cat and the dog and the bird . .');

	it('numbers tokens seen at least twice by falling count, ties by first appearance', () => {
		expect([...vocab.ids]).toEqual([
			['the', 1],
			['and', 2],
			['.', 3]
		]);
		expect(vocab.size).toBe(4);
	});

	it('maps anything else to 0, [UNK]', () => {
		expect(wordId(vocab, 'the')).toBe(1);
		expect(wordId(vocab, 'cat')).toBe(0);
		expect(wordId(vocab, 'The')).toBe(0);
		expect(buildWordVocab('').size).toBe(1);
		expect(buildWordVocab('a b', 1).ids.get('b')).toBe(2);
	});
});

describe('countWords(text) and isWord(token)', () => {
	it('counts words only, in order of first appearance', () => {
		expect(countWords('low, lower. low! 低 低')).toEqual([
			{ word: 'low', count: 2 },
			{ word: 'lower', count: 1 },
			{ word: '低', count: 2 }
		]);
		expect(isWord('e\u0301t\u00e9')).toBe(true);
		expect(isWord('🙂')).toBe(false);
	});
});
