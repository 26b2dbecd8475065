import { describe, expect, it } from 'vitest';
import { segmentWord } from '$lib/math/bpe-words';
import { mergeRanks, wordMerges } from './word-bpe';

const paper = 'low '.repeat(5) + 'lower '.repeat(2) + 'newest '.repeat(6) + 'widest '.repeat(3);

describe('wordMerges(text, maxMerges)', () => {
	it('learns word-level merges from the words of a text, punctuation left out, once', () => {
		const merges = wordMerges(paper, 10);
		expect(merges.slice(0, 3).map((m) => m.merged)).toEqual(['es', 'est</w>', 'lo']);
		expect(wordMerges(paper, 10)).toBe(merges);
		expect(wordMerges('low, low. "low"', 10).map((m) => m.merged)).toEqual(['lo', 'low</w>']);
		expect(segmentWord('lowest', wordMerges(paper, 100))).toEqual(['low', 'est</w>']);
	});
});

describe('mergeRanks(merges)', () => {
	it('gives each merged symbol the rank of the first merge that made it', () => {
		const ranks = mergeRanks(wordMerges(paper, 10));
		expect(ranks.get('es')).toBe(0);
		expect(ranks.get('lo')).toBe(2);
		expect(ranks.has('l')).toBe(false);
		const twice = mergeRanks([
			{ pair: ['a', 'bc'], merged: 'abc', count: 2 },
			{ pair: ['ab', 'c'], merged: 'abc', count: 2 }
		]);
		expect(twice.get('abc')).toBe(0);
	});
});
