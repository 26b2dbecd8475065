import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	consecutivePairs,
	nextSentencePairs,
	sentenceOrderPairs,
	type AnswerSentence
} from './pairs';

const answers: AnswerSentence[] = [
	{ question: 1, text: 'a1' },
	{ question: 1, text: 'a2' },
	{ question: 1, text: 'a3' },
	{ question: 2, text: 'b1' },
	{ question: 2, text: 'b2' },
	{ question: 3, text: 'c1' }
];

describe('consecutivePairs', () => {
	it('pairs each sentence with the next one of the same answer only', () => {
		expect(consecutivePairs(answers).map(([a, b]) => a.text + b.text)).toEqual([
			'a1a2',
			'a2a3',
			'b1b2'
		]);
	});
});

describe('nextSentencePairs(sentences, seed)', () => {
	it('keeps the real next sentence for positives and takes another answer’s for negatives', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const pairs = nextSentencePairs(answers, seed);
				expect(pairs).toHaveLength(3);
				for (const p of pairs) {
					if (p.positive) expect(answers.indexOf(p.b)).toBe(answers.indexOf(p.a) + 1);
					else expect(p.b.question).not.toBe(p.a.question);
				}
				expect(nextSentencePairs(answers, seed)).toEqual(pairs);
			})
		);
	});
	it('is positive about half the time', () => {
		const many = Array.from({ length: 2000 }, (_, i) => ({ question: i >> 1, text: String(i) }));
		const share = nextSentencePairs(many, 7).filter((p) => p.positive).length / 1000;
		expect(Math.abs(share - 0.5)).toBeLessThan(0.06);
	});
});

describe('sentenceOrderPairs(sentences, seed)', () => {
	it('uses the same two sentences, swapped for negatives', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const pairs = sentenceOrderPairs(answers, seed);
				const consecutive = consecutivePairs(answers);
				pairs.forEach((p, i) => {
					const [first, second] = consecutive[i];
					expect(p.positive ? [p.a, p.b] : [p.b, p.a]).toEqual([first, second]);
				});
			})
		);
	});
});
