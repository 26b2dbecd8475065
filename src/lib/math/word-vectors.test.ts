import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosine, dot } from './linalg';
import {
	analogyWords,
	nearestWords,
	sentenceVector,
	trainWordVectors,
	unknownWords,
	wordVector,
	wordVectorSteps
} from './word-vectors';

// "cat" and "dog" appear in exactly the same contexts; "stock" in different ones.
const sentences = [
	['the', 'cat', 'chased', 'the', 'mouse'],
	['the', 'dog', 'chased', 'the', 'mouse'],
	['a', 'cat', 'sleeps', 'all', 'day'],
	['a', 'dog', 'sleeps', 'all', 'day'],
	['markets', 'sold', 'stock', 'at', 'noon'],
	['traders', 'bought', 'stock', 'at', 'dawn']
];
const model = trainWordVectors(sentences, { dim: 6, window: 2 });

describe('trainWordVectors(sentences, opts)', () => {
	it('orders the vocabulary by frequency and gives unit vectors of the asked width', () => {
		expect(model.words[0]).toBe('the');
		expect(model.words.length).toBe(new Set(sentences.flat()).size);
		for (const v of model.vectors) {
			expect(v.length).toBe(6);
			expect(dot(v, v)).toBeCloseTo(1, 9);
		}
	});
	it('gives words used in the same contexts the same direction', () => {
		const cat = wordVector(model, 'cat')!;
		const dog = wordVector(model, 'dog')!;
		const stock = wordVector(model, 'stock')!;
		expect(cosine(cat, dog)).toBeCloseTo(1, 6);
		expect(cosine(cat, stock)).toBeLessThan(0.5);
	});
	it('leaves out rare words with minCount, and is deterministic', () => {
		const common = trainWordVectors(sentences, { dim: 4, minCount: 2 });
		expect(common.index.has('noon')).toBe(false);
		expect(common.index.has('cat')).toBe(true);
		expect(trainWordVectors(sentences, { dim: 4 })).toEqual(
			trainWordVectors(sentences, { dim: 4 })
		);
	});
});

describe('wordVectorSteps(sentences, opts)', () => {
	it('pauses between its stages and solver iterations, and ends with the same model', () => {
		const steps = wordVectorSteps(sentences, { dim: 6, window: 2 });
		let pauses = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) pauses++;
		// counts, PPMI, then the eigensolver's first product, 4 power iterations and Rayleigh–Ritz
		expect(pauses).toBe(8);
		expect(step.value).toEqual(model);
	});
});

describe('nearestWords(model, v, k, exclude)', () => {
	it('ranks by cosine, best first, leaving out the excluded', () => {
		const near = nearestWords(model, wordVector(model, 'cat')!, 3, new Set(['cat']));
		expect(near[0].word).toBe('dog');
		expect(near.length).toBe(3);
		expect(near[0].cosine).toBeGreaterThanOrEqual(near[1].cosine);
		expect(nearestWords(model, new Array(6).fill(0), 3)).toEqual([]);
		expect(wordVector(model, 'zebra')).toBeUndefined();
	});
	it('equals ranking every word by cosine with a stable sort, for any vectors, k and exclusions', () => {
		const row = fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 3, maxLength: 3 });
		fc.assert(
			fc.property(
				fc.array(row, { minLength: 1, maxLength: 30 }),
				row,
				fc.integer({ min: 0, max: 35 }),
				fc.array(fc.nat(29)),
				(vectors, v, k, excluded) => {
					const words = vectors.map((_, i) => `w${i}`);
					const model = { words, index: new Map(), vectors, eigenvalues: [] };
					const exclude = new Set(excluded.map((i) => `w${i}`));
					const expected =
						dot(v, v) === 0
							? []
							: words
									.map((word, i) => ({ word, cosine: cosine(v, vectors[i]) }))
									.filter((x) => !exclude.has(x.word))
									.sort((a, b) => b.cosine - a.cosine)
									.slice(0, k);
					expect(nearestWords(model, v, k, exclude)).toEqual(expected);
				}
			)
		);
	});
});

describe('sentenceVector(model, words)', () => {
	const hand = {
		words: ['a', 'b'],
		index: new Map([
			['a', 0],
			['b', 1]
		]),
		vectors: [
			[1, 0],
			[0, 1]
		],
		eigenvalues: [1, 1]
	};
	it('is the mean of the known words, skipping unknown ones', () => {
		expect(sentenceVector(hand, ['a', 'b', 'zebra'])).toEqual([0.5, 0.5]);
		expect(sentenceVector(hand, ['a', 'a', 'b'])).toEqual([2 / 3, 1 / 3]);
	});
	it('names the unknown tokens once each, in order, matching known words in any case', () => {
		expect(unknownWords(hand, ['A', 'zebra', 'b', '🙂', 'zebra'])).toEqual(['zebra', '🙂']);
	});
	it('is undefined for a sentence with no known word', () => {
		expect(sentenceVector(hand, [])).toBeUndefined();
		expect(sentenceVector(hand, ['zebra'])).toBeUndefined();
	});
	it('puts sentences about the same thing closer than sentences about different things', () => {
		const pets = sentenceVector(model, ['the', 'cat', 'sleeps'])!;
		const pets2 = sentenceVector(model, ['a', 'dog', 'chased'])!;
		const money = sentenceVector(model, ['traders', 'sold', 'stock'])!;
		expect(cosine(pets, pets2)).toBeGreaterThan(cosine(pets, money));
	});
});

describe('analogyWords(model, a, b, c, k)', () => {
	// Four words on two axes: a = x + y, b = x, c = −x + … so a − b + c points at d.
	const words = ['king', 'man', 'woman', 'queen', 'apple'];
	const toy = {
		words,
		index: new Map(words.map((w, i) => [w, i])),
		vectors: [
			[1, 1, 0],
			[1, 0, 0],
			[0, 0, 1],
			[0, 1, 1],
			[1, -1, 0.2]
		].map((v) => v.map((x) => x / Math.hypot(...v))),
		eigenvalues: []
	};
	it('finds queen for king − man + woman, leaving the three asked words out', () => {
		const found = analogyWords(toy, 'king', 'man', 'woman', 2)!;
		expect(found[0].word).toBe('queen');
		expect(found.map((f) => f.word)).not.toContain('king');
		// v̂_king − v̂_man + v̂_woman = (1/√2 − 1, 1/√2, 1); its cosine with v̂_queen by hand:
		const t = [Math.SQRT1_2 - 1, Math.SQRT1_2, 1];
		expect(found[0].cosine).toBeCloseTo((t[1] + t[2]) / Math.SQRT2 / Math.hypot(...t), 12);
	});
	it('is undefined when a word is unknown', () => {
		expect(analogyWords(toy, 'king', 'man', 'girl', 3)).toBeUndefined();
	});
	it('always ranks by cosine, best first, and never returns the three asked words', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray(words, { minLength: 3, maxLength: 3 }), ([a, b, c]) => {
				const found = analogyWords(toy, a, b, c, 5)!;
				expect(found.length).toBe(2);
				expect(found[0].cosine).toBeGreaterThanOrEqual(found[1].cosine);
				for (const f of found) expect([a, b, c]).not.toContain(f.word);
			})
		);
	});
});
