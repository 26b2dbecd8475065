import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitNaiveBayes, naiveBayesPosterior, naiveBayesWordWeights } from './naive-bayes';

/**
 * The worked example of Manning, Raghavan & Schütze, Introduction to Information Retrieval (2008),
 * §13.2, Table 13.1: class 1 ("China") has 3 documents, 8 words; class 0 has 1 document, 3 words;
 * vocabulary 6 words; α = 1.
 */
const docs = [
	['chinese', 'beijing', 'chinese'],
	['chinese', 'chinese', 'shanghai'],
	['chinese', 'macao'],
	['tokyo', 'japan', 'chinese']
];
const labels = [1, 1, 1, 0];

describe('fitNaiveBayes(docs, labels, classes, alpha)', () => {
	const model = fitNaiveBayes(docs, labels, 2);
	const p = (word: string, c: number) =>
		Math.exp(model.logLikelihood[model.vocabulary.indexOf(word)][c]);
	it('hand-worked likelihoods: p(chinese | 1) = (5 + 1)/(8 + 6) = 3/7, p(tokyo | 1) = 1/14, p(chinese | 0) = 2/9', () => {
		expect(model.vocabulary).toHaveLength(6);
		expect(p('chinese', 1)).toBeCloseTo(3 / 7, 12);
		expect(p('tokyo', 1)).toBeCloseTo(1 / 14, 12);
		expect(p('japan', 1)).toBeCloseTo(1 / 14, 12);
		expect(p('chinese', 0)).toBeCloseTo(2 / 9, 12);
		expect(p('tokyo', 0)).toBeCloseTo(2 / 9, 12);
		expect(p('beijing', 0)).toBeCloseTo(1 / 9, 12);
		expect(Math.exp(model.logPrior[1])).toBeCloseTo(3 / 4, 12);
	});
	it('each class’s word probabilities sum to 1', () => {
		for (const c of [0, 1]) {
			const total = model.vocabulary.reduce((s, w) => s + p(w, c), 0);
			expect(total).toBeCloseTo(1, 12);
		}
	});
	it('throws for a class with no document', () => {
		expect(() => fitNaiveBayes(docs, [1, 1, 1, 1], 2)).toThrow(/class 0/);
	});
});

describe('naiveBayesPosterior(model, words)', () => {
	const model = fitNaiveBayes(docs, labels, 2);
	it('hand-worked: "Chinese Chinese Chinese Tokyo Japan" is class 1 with 0.6898', () => {
		// p(1) ∝ 3/4 · (3/7)³ · 1/14 · 1/14 ≈ 0.0003012; p(0) ∝ 1/4 · (2/9)³ · 2/9 · 2/9 ≈ 0.0001355.
		const joint1 = (3 / 4) * (3 / 7) ** 3 * (1 / 14) ** 2;
		const joint0 = (1 / 4) * (2 / 9) ** 5;
		const [p0, p1] = naiveBayesPosterior(model, [
			'chinese',
			'chinese',
			'chinese',
			'tokyo',
			'japan'
		]);
		expect(p1).toBeCloseTo(joint1 / (joint1 + joint0), 12);
		expect(p1).toBeCloseTo(0.6898, 4);
		expect(p0 + p1).toBeCloseTo(1, 12);
	});
	it('unknown words are skipped: an all-unknown text gets the priors', () => {
		const [p0, p1] = naiveBayesPosterior(model, ['berlin', 'paris']);
		expect(p1).toBeCloseTo(3 / 4, 12);
		expect(p0).toBeCloseTo(1 / 4, 12);
	});
	it('the log-odds move by the word weight for every occurrence added', () => {
		const weights = naiveBayesWordWeights(model);
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...model.vocabulary), { maxLength: 6 }),
				fc.constantFrom(...model.vocabulary),
				(words, extra) => {
					const logit = (ws: string[]) => {
						const [q0, q1] = naiveBayesPosterior(model, ws);
						return Math.log(q1 / q0);
					};
					const k = model.vocabulary.indexOf(extra);
					return Math.abs(logit([...words, extra]) - logit(words) - weights[k]) < 1e-9;
				}
			),
			{ seed: 5 }
		);
	});
});
