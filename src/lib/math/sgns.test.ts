import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from './rng';
import {
	contextsOf,
	createSgnsModel,
	drawNoise,
	epochPlan,
	keepProbability,
	noiseTable,
	pairGradients,
	pairLoss,
	sgdPair,
	trainCentres,
	type SgnsModel
} from './sgns';

/** A model with every vector random (word2vec starts its output vectors at zero). */
function randomModel(vocab: number, dim: number, seed: number): SgnsModel {
	const model = createSgnsModel(vocab, dim, createRng(seed));
	const rng = createRng(seed + 1);
	for (let i = 0; i < model.input.length; i++) {
		model.input[i] = 2 * rng() - 1;
		model.output[i] = 2 * rng() - 1;
	}
	return model;
}

describe('pairLoss(model, c, o, negatives)', () => {
	it('is (k + 1)·log 2 at word2vec’s start, where every output vector is zero', () => {
		const model = createSgnsModel(5, 4, createRng(1));
		expect(pairLoss(model, 0, 1, [2, 3, 4])).toBeCloseTo(4 * Math.LN2, 12);
	});
	it('matches −log σ(u_o·v) − Σ log σ(−u_n·v) computed by hand', () => {
		const model = createSgnsModel(3, 2, createRng(1));
		model.input.set([1, 2, 0, 0, 0, 0]);
		model.output.set([0, 0, 0.5, -1, 2, 1]);
		// u_1·v = 0.5 − 2 = −1.5; u_2·v = 2 + 2 = 4.
		const expected = Math.log(1 + Math.exp(1.5)) + Math.log(1 + Math.exp(4));
		expect(pairLoss(model, 0, 1, [2])).toBeCloseTo(expected, 12);
	});
});

describe('pairGradients(model, c, o, negatives)', () => {
	it('agree with central finite differences of pairLoss', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
				const model = randomModel(6, 5, seed);
				const negatives = [2, 3, 5];
				const grads = pairGradients(model, 0, 1, negatives);
				const h = 1e-6;
				const numeric = (array: Float64Array, index: number) => {
					const saved = array[index];
					array[index] = saved + h;
					const up = pairLoss(model, 0, 1, negatives);
					array[index] = saved - h;
					const down = pairLoss(model, 0, 1, negatives);
					array[index] = saved;
					return (up - down) / (2 * h);
				};
				for (let d = 0; d < 5; d++) {
					expect(grads.center[d]).toBeCloseTo(numeric(model.input, 0 * 5 + d), 6);
					expect(grads.context[d]).toBeCloseTo(numeric(model.output, 1 * 5 + d), 6);
					negatives.forEach((n, j) =>
						expect(grads.negatives[j][d]).toBeCloseTo(numeric(model.output, n * 5 + d), 6)
					);
				}
			}),
			{ numRuns: 20 }
		);
	});
});

describe('sgdPair(model, c, o, negatives, lr)', () => {
	it('moves every vector by −lr times its gradient and returns the loss before the step', () => {
		const model = randomModel(6, 4, 7);
		const before = structuredClone(model);
		const grads = pairGradients(before, 0, 1, [2, 4]);
		const loss = sgdPair(model, 0, 1, [2, 4], 0.1);
		expect(loss).toBeCloseTo(pairLoss(before, 0, 1, [2, 4]), 12);
		for (let d = 0; d < 4; d++) {
			expect(model.input[d]).toBeCloseTo(before.input[d] - 0.1 * grads.center[d], 12);
			expect(model.output[4 + d]).toBeCloseTo(before.output[4 + d] - 0.1 * grads.context[d], 12);
			expect(model.output[8 + d]).toBeCloseTo(
				before.output[8 + d] - 0.1 * grads.negatives[0][d],
				12
			);
			expect(model.output[16 + d]).toBeCloseTo(
				before.output[16 + d] - 0.1 * grads.negatives[1][d],
				12
			);
		}
		// Untouched words keep their vectors.
		expect(model.output.subarray(12, 16)).toEqual(before.output.subarray(12, 16));
		expect(model.input.subarray(4)).toEqual(before.input.subarray(4));
	});
	it('lowers the pair’s loss for a small rate', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
				const model = randomModel(5, 3, seed);
				const before = pairLoss(model, 0, 1, [2, 3]);
				sgdPair(model, 0, 1, [2, 3], 0.01);
				expect(pairLoss(model, 0, 1, [2, 3])).toBeLessThan(before);
			})
		);
	});
});

describe('noiseTable(counts, power) and drawNoise(cdf, u)', () => {
	it('raises counts to ¾: counts 16 and 1 give probabilities 8/9 and 1/9', () => {
		const cdf = noiseTable([16, 1]);
		expect(cdf[0]).toBeCloseTo(8 / 9, 12);
		expect(cdf[1]).toBe(1);
		expect(drawNoise(cdf, 0)).toBe(0);
		expect(drawNoise(cdf, 0.88)).toBe(0);
		expect(drawNoise(cdf, 0.9)).toBe(1);
	});
	it('draws each word about as often as its probability', () => {
		const counts = [50, 10, 3, 0, 1];
		const cdf = noiseTable(counts);
		const rng = createRng(3);
		const hits = new Array<number>(counts.length).fill(0);
		const n = 100_000;
		for (let i = 0; i < n; i++) hits[drawNoise(cdf, rng())]++;
		const z = counts.reduce((a, c) => a + c ** 0.75, 0);
		counts.forEach((c, i) => expect(hits[i] / n).toBeCloseTo(c ** 0.75 / z, 2));
		expect(hits[3]).toBe(0);
	});
	it('rejects negative counts and an all-zero table', () => {
		expect(() => noiseTable([1, -1])).toThrow();
		expect(() => noiseTable([0, 0])).toThrow();
	});
});

describe('keepProbability(count, total, t)', () => {
	it('keeps √(t/f) of a frequent word, all of a rare one, and everything at t = 0', () => {
		expect(keepProbability(100, 1000, 1e-3)).toBeCloseTo(Math.sqrt(0.01), 12);
		expect(keepProbability(1, 1000, 1e-3)).toBe(1);
		expect(keepProbability(999, 1000, 0)).toBe(1);
	});
});

describe('contextsOf(sentence, position, window, rng)', () => {
	it('pairs a centre with at most `window` tokens on each side, inside the sentence', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 12 }),
				fc.nat(),
				fc.integer({ min: 1, max: 5 }),
				fc.integer(),
				(sentence, at, window, seed) => {
					const position = at % sentence.length;
					const contexts = contextsOf(sentence, position, window, createRng(seed));
					const widest = [
						...sentence.slice(Math.max(0, position - window), position),
						...sentence.slice(position + 1, position + 1 + window)
					];
					expect(contexts.length).toBeLessThanOrEqual(widest.length);
					expect(contexts.length).toBeGreaterThanOrEqual(Math.min(1, sentence.length - 1));
				}
			)
		);
	});
});

describe('epochPlan(sentences, counts, t, rng)', () => {
	it('lists every token once as a centre when nothing is subsampled', () => {
		const plan = epochPlan([[0, 1, 2], [3], [1, 0]], [2, 2, 1, 1], 0, createRng(1));
		const seen = [];
		for (let i = 0; i < plan.centres.length; i += 2) {
			seen.push(plan.sentences[plan.centres[i]][plan.centres[i + 1]]);
		}
		expect(seen.sort()).toEqual([0, 0, 1, 1, 2, 3]);
	});
	it('drops about 1 − √(t/f) of a frequent word’s tokens', () => {
		const sentences = Array.from({ length: 2000 }, () => [0, 1]);
		// Word 0 is 99 % of the corpus: kept with probability √(0.01 / 0.99) ≈ 0.1.
		const counts = [99, 1];
		const plan = epochPlan(sentences, counts, 0.01, createRng(2));
		const zeros = plan.sentences.flat().filter((w) => w === 0).length;
		expect(zeros / 2000).toBeCloseTo(Math.sqrt(0.01 / 0.99), 1);
		expect(plan.sentences.flat().filter((w) => w === 1).length).toBe(2000);
	});
});

describe('trainCentres on a small corpus', () => {
	// "cat" and "dog" share every context; "stock" shares none with them.
	const words = [
		'the',
		'cat',
		'dog',
		'chased',
		'mouse',
		'sleeps',
		'all',
		'day',
		'markets',
		'sold',
		'stock',
		'at',
		'noon',
		'traders',
		'bought',
		'dawn'
	];
	const id = (w: string) => words.indexOf(w);
	const text = [
		'the cat chased the mouse',
		'the dog chased the mouse',
		'the cat sleeps all day',
		'the dog sleeps all day',
		'markets sold stock at noon',
		'traders bought stock at dawn'
	];
	const sentences = text.map((s) => s.split(' ').map(id));
	const counts = words.map((_, w) => sentences.flat().filter((x) => x === w).length);
	const cosine = (m: SgnsModel, a: number, b: number) => {
		const va = m.input.subarray(a * m.dim, (a + 1) * m.dim);
		const vb = m.input.subarray(b * m.dim, (b + 1) * m.dim);
		let ab = 0;
		let aa = 0;
		let bb = 0;
		for (let d = 0; d < m.dim; d++) {
			ab += va[d] * vb[d];
			aa += va[d] ** 2;
			bb += vb[d] ** 2;
		}
		return ab / Math.sqrt(aa * bb);
	};

	it('lowers the loss, and words in the same contexts end closer than words in others', () => {
		const rng = createRng(5);
		const model = createSgnsModel(words.length, 8, rng);
		const noise = noiseTable(counts);
		const losses: number[] = [];
		for (let epoch = 0; epoch < 300; epoch++) {
			const plan = epochPlan(sentences, counts, 0, rng);
			const { loss, pairs } = trainCentres(
				model,
				plan,
				0,
				plan.centres.length / 2,
				{ window: 2, negatives: 3, lr: 0.05 },
				noise,
				rng
			);
			losses.push(loss / pairs);
		}
		const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
		expect(losses[0]).toBeCloseTo(4 * Math.LN2, 1);
		expect(mean(losses.slice(-20))).toBeLessThan(0.6 * losses[0]);
		expect(cosine(model, id('cat'), id('dog'))).toBeGreaterThan(0.8);
		expect(cosine(model, id('cat'), id('dog'))).toBeGreaterThan(
			cosine(model, id('cat'), id('stock')) + 0.5
		);
	});
});
