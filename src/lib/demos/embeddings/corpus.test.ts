import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus';

describe('buildCorpus(sentences, minCount)', () => {
	const sentences = [
		['the', 'cat', 'sat'],
		['the', 'dog', 'sat'],
		['a', 'cat'],
		['the', 'end']
	];
	it('keeps words seen minCount times, most frequent first, and drops the rest from the sentences', () => {
		const corpus = buildCorpus(sentences, 2);
		expect(corpus.words).toEqual(['the', 'cat', 'sat']);
		expect(corpus.counts).toEqual([3, 2, 2]);
		// ['a', 'cat'] and ['the', 'end'] keep one word each: no pair left, so they go.
		expect(corpus.sentences).toEqual([
			[0, 1, 2],
			[0, 2]
		]);
		expect(corpus.tokens).toBe(10);
		expect(corpus.distinct).toBe(6);
	});
	it('keeps every word at minCount 1', () => {
		expect(buildCorpus(sentences, 1).words.length).toBe(6);
	});
});
