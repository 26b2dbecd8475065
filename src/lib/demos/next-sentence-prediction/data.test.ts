import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auc } from '$lib/math/roc';
import { scored, topicScore, type NspData } from './data';
import { consecutivePairs, sentenceOrderPairs, type AnswerSentence } from './pairs';

const sentence = (question: number, text: string): AnswerSentence => ({ question, text });
const sentences = [
	sentence(1, 'cats purr'),
	sentence(1, 'cats sleep'),
	sentence(1, 'dogs bark'),
	sentence(2, 'stocks fell'),
	sentence(2, 'bonds rose'),
	sentence(3, '🙂')
];
const vectors = new Map<AnswerSentence, number[] | undefined>([
	[sentences[0], [1, 0]],
	[sentences[1], [0.8, 0.6]],
	[sentences[2], [0.6, 0.8]],
	[sentences[3], [0, 1]],
	[sentences[4], [-0.6, 0.8]],
	[sentences[5], undefined]
]);
const data: NspData = { sentences, vectors };

describe('topicScore(data, pair)', () => {
	it('is the cosine of the two sentence vectors, hand-checked, and 0 without a vector', () => {
		expect(topicScore(data, { a: sentences[0], b: sentences[1], positive: true })).toBeCloseTo(
			0.8,
			12
		);
		expect(topicScore(data, { a: sentences[0], b: sentences[3], positive: false })).toBeCloseTo(
			0,
			12
		);
		expect(topicScore(data, { a: sentences[0], b: sentences[5], positive: false })).toBe(0);
	});
	it('cannot see the order: on sentence-order pairs counted both ways its AUC is exactly ½', () => {
		const scores = consecutivePairs(sentences).map(([a, b]) =>
			topicScore(data, { a, b, positive: true })
		);
		const swapped = consecutivePairs(sentences).map(([a, b]) =>
			topicScore(data, { a: b, b: a, positive: false })
		);
		expect(swapped).toEqual(scores);
		expect(
			auc([...scores, ...swapped], [...scores.map(() => true), ...swapped.map(() => false)])
		).toBe(0.5);
	});
	it('gives every sentence-order pair the score of its consecutive pair, whatever the seed', () => {
		const plain = consecutivePairs(sentences).map(([a, b]) =>
			topicScore(data, { a, b, positive: true })
		);
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				expect(scored(data, sentenceOrderPairs(sentences, seed)).scores).toEqual(plain);
			})
		);
	});
});
