import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wordCounts } from './word-counts';

describe('wordCounts(text)', () => {
	it('counts lowercased words, most frequent first, ties in code-point order', () => {
		expect(wordCounts('The cat saw the dog. The dog ran!')).toEqual([
			{ word: 'the', count: 3 },
			{ word: 'dog', count: 2 },
			{ word: 'cat', count: 1 },
			{ word: 'ran', count: 1 },
			{ word: 'saw', count: 1 }
		]);
	});

	it('segments Chinese into words and skips punctuation and emoji', () => {
		const counts = wordCounts('猫追老鼠。猫 🙂 ！');
		expect(counts[0]).toEqual({ word: '猫', count: 2 });
		expect(counts.map((c) => c.word)).not.toContain('。');
		expect(counts.map((c) => c.word)).not.toContain('🙂');
	});

	it('the counts add up to the number of words', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('a', 'b', 'cat', 'dog'), { maxLength: 40 }), (words) => {
				const counts = wordCounts(words.join(' '));
				return counts.reduce((s, c) => s + c.count, 0) === words.length;
			})
		);
	});
});
