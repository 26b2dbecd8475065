import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCorpus, SENTENCES } from './corpus';
import {
	closedFormGradE,
	DIM,
	exampleAt,
	forwardBackward,
	initWeights,
	meanLoss,
	sgdStep,
	type Weights
} from './model';

const corpus = buildCorpus(SENTENCES, 2);
const V = corpus.words.length;

describe('buildCorpus(sentences, window)', () => {
	it('numbers words by first use and predicts each word from up to `window` words before it', () => {
		const c = buildCorpus(['a b c', 'b d'], 2);
		expect(c.words).toEqual(['a', 'b', 'c', 'd']);
		expect(c.examples).toEqual([
			{ context: [0], target: 1 },
			{ context: [0, 1], target: 2 },
			{ context: [1], target: 3 }
		]);
	});
});

describe('forwardBackward(weights, example)', () => {
	it('a hand-checked case: E rows (1, 0) and (0, 1), W = I, b = 0, context [0, 1] → target 1', () => {
		const w: Weights = {
			vocab: 2,
			E: Float64Array.of(1, 0, 0, 1),
			W: Float64Array.of(1, 0, 0, 1),
			b: Float64Array.of(0, 0)
		};
		const f = forwardBackward(w, { context: [0, 1], target: 1 });
		// h = (0.5, 0.5), logits equal, p = (½, ½), L = log 2.
		expect(f.h).toEqual([0.5, 0.5]);
		expect(f.p[0]).toBeCloseTo(0.5, 14);
		expect(f.loss).toBeCloseTo(Math.LN2, 14);
		// ∂L/∂h = W·(p − y) = (½, −½); each of the two rows gets half: (¼, −¼).
		expect(Array.from(f.gradE)).toEqual([
			expect.closeTo(0.25, 14),
			expect.closeTo(-0.25, 14),
			expect.closeTo(0.25, 14),
			expect.closeTo(-0.25, 14)
		]);
	});

	it('gives rows only to the context words, equal to the chain rule by hand and to finite differences', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1000 }),
				fc.nat(corpus.examples.length - 1),
				(seed, e) => {
					const w = initWeights(V, seed);
					const example = corpus.examples[e];
					const f = forwardBackward(w, example);
					const byHand = closedFormGradE(w, example, f.p);
					for (let i = 0; i < V * DIM; i++) expect(f.gradE[i]).toBeCloseTo(byHand[i], 12);
					for (let row = 0; row < V; row++) {
						if (example.context.includes(row)) continue;
						expect([f.gradE[row * DIM], f.gradE[row * DIM + 1]]).toEqual([0, 0]);
					}
					// Central differences of the loss in each entry of E.
					const h = 1e-5;
					for (let i = 0; i < V * DIM; i++) {
						const nudged = (by: number) => {
							const E = Float64Array.from(w.E);
							E[i] += by;
							return forwardBackward({ ...w, E }, example).loss;
						};
						expect(f.gradE[i]).toBeCloseTo((nudged(h) - nudged(-h)) / (2 * h), 6);
					}
				}
			),
			{ numRuns: 20 }
		);
	});
});

describe('sgdStep(weights, example, lr)', () => {
	it('moves E by −lr·∂L/∂E and lowers that example’s loss for a small rate', () => {
		const w = initWeights(V, 3);
		const example = corpus.examples[4];
		const f = forwardBackward(w, example);
		const next = sgdStep(w, example, 0.05);
		for (let i = 0; i < V * DIM; i++) expect(next.E[i]).toBeCloseTo(w.E[i] - 0.05 * f.gradE[i], 14);
		expect(forwardBackward(next, example).loss).toBeLessThan(f.loss);
		expect(w.E).toEqual(initWeights(V, 3).E);
	});

	it('over many passes lowers the mean loss and brings the words used alike together', () => {
		let w = initWeights(V, 1);
		const start = meanLoss(w, corpus.examples);
		for (let t = 0; t < 3000; t++)
			w = sgdStep(w, corpus.examples[exampleAt(corpus.examples.length, 1, t)], 0.3);
		expect(meanLoss(w, corpus.examples)).toBeLessThan(start / 2);
		const row = (word: string) => {
			const i = corpus.index.get(word)!;
			return [w.E[i * DIM], w.E[i * DIM + 1]];
		};
		const dist = (a: string, b: string) => Math.hypot(row(a)[0] - row(b)[0], row(a)[1] - row(b)[1]);
		let all = 0;
		let pairs = 0;
		for (const a of corpus.words) {
			for (const b of corpus.words) {
				if (a >= b) continue;
				all += dist(a, b);
				pairs++;
			}
		}
		expect(dist('model', 'network')).toBeLessThan((0.25 * all) / pairs);
		expect(dist('token', 'word')).toBeLessThan((0.25 * all) / pairs);
	});
});

describe('exampleAt(count, seed, t)', () => {
	it('visits every example once per pass, in an order fixed by the seed', () => {
		const pass = Array.from({ length: 10 }, (_, t) => exampleAt(10, 5, t));
		expect([...pass].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(Array.from({ length: 10 }, (_, t) => exampleAt(10, 5, t))).toEqual(pass);
	});
});
