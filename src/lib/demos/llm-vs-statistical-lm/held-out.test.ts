import { describe, expect, it } from 'vitest';
import { perplexityOf } from '$lib/math/information';
import { trainNgram } from '$lib/math/ngram';
import { evaluation } from './evaluation';
import {
	corpusPerplexity,
	holdOut,
	longestCopiedRun,
	ngramsOf,
	sentenceLogProbs,
	unseenShare
} from './held-out';

describe('holdOut(items, every)', () => {
	it('holds out the k-th, 2k-th, … items', () => {
		const { train, test } = holdOut([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
		expect(test).toEqual([5, 10]);
		expect(train).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
	});
});

describe('ngramsOf(sentence, n) and unseenShare(train, test, n)', () => {
	it('pads like the model and counts unseen occurrences', () => {
		expect(ngramsOf(['a', 'b'], 2)).toEqual(['<s>\u0001a', 'a\u0001b', 'b\u0001</s>']);
		expect(ngramsOf(['a'], 1)).toEqual(['a', '</s>']);
		// Unigrams a, c, </s>: only c is new. Bigrams <s>a, a c, c </s>: two are new.
		expect(unseenShare([['a', 'b']], [['a', 'c']], 1)).toBeCloseTo(1 / 3, 12);
		expect(unseenShare([['a', 'b']], [['a', 'c']], 2)).toBeCloseTo(2 / 3, 12);
		expect(unseenShare([['a']], [], 2)).toBeNaN();
	});
});

describe('sentenceLogProbs(model, sentence) and corpusPerplexity', () => {
	const sentences = [
		['the', 'cat', 'sat'],
		['the', 'dog', 'sat']
	];
	const model = trainNgram(sentences, 2);

	it('scores every token and the closing </s>, each a log-probability', () => {
		const lps = sentenceLogProbs(model, ['the', 'cat', 'sat']);
		expect(lps).toHaveLength(4);
		for (const lp of lps) expect(lp).toBeLessThan(0);
		expect(lps[0]).toBeCloseTo(model.logProb([], 'the'), 12);
		expect(lps[2]).toBeCloseTo(
			Math.log(model.distribution(['the', 'cat'])[model.index.get('sat')!]),
			12
		);
	});

	it('is exp(−mean log P) over all of them, and lower on seen than on unseen text', () => {
		const all = sentences.flatMap((s) => sentenceLogProbs(model, s));
		expect(corpusPerplexity(model, sentences)).toBeCloseTo(perplexityOf(all), 12);
		expect(corpusPerplexity(model, sentences)).toBeLessThan(
			corpusPerplexity(model, [['sat', 'the', 'cat', 'bird']])
		);
	});
});

describe('longestCopiedRun(tokens, train)', () => {
	it('finds the longest stretch that occurs in one training sentence', () => {
		expect(
			longestCopiedRun(['a', 'cat', 'sat', 'down', 'x'], [['the', 'cat', 'sat', 'down']])
		).toBe(3);
		// Runs do not cross sentence boundaries, and whole tokens must match.
		expect(
			longestCopiedRun(
				['b', 'c'],
				[
					['a', 'b'],
					['c', 'd']
				]
			)
		).toBe(1);
		expect(longestCopiedRun(['ca'], [['cat']])).toBe(0);
		expect(longestCopiedRun([], [['a']])).toBe(0);
	});
});

describe('evaluation(lang, every) on the guide', () => {
	it('shows the n-gram trade-off: training fit improves with n, held-out text gets sparser', async () => {
		for (const lang of ['en', 'zh'] as const) {
			const { orders, heldOut, answers } = await evaluation(lang, 5);
			expect([heldOut, answers]).toEqual([10, 50]);
			for (let i = 1; i < orders.length; i++) {
				expect(orders[i].trainPerplexity).toBeLessThan(orders[i - 1].trainPerplexity);
				expect(orders[i].unseen).toBeGreaterThan(orders[i - 1].unseen);
				expect(orders[i].tableEntries).toBeGreaterThan(orders[i - 1].tableEntries);
			}
			// Context helps at first, then the sparse counts stop paying: 5-grams do worse than the best.
			const test = orders.map((o) => o.testPerplexity);
			expect(test[1]).toBeLessThan(test[0]);
			expect(test[4]).toBeGreaterThan(Math.min(...test));
			expect(orders[4].unseen).toBeGreaterThan(0.8);
		}
	});
});
