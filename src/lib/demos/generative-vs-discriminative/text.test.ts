import { describe, expect, it } from 'vitest';
import { runJobNow } from '$lib/jobs';
import { bagOfWords, fitText, scoreText, textSplit } from './text';
import { textJob } from './text.job';

describe('bagOfWords(text)', () => {
	it('lowercases and keeps words only, in English and Chinese', () => {
		expect(bagOfWords('Attention, attention: Heads!')).toEqual(['attention', 'attention', 'heads']);
		expect(bagOfWords('猫追老鼠。')).toEqual(['猫', '追', '老鼠']);
	});
});

describe('textSplit(labels, seed)', () => {
	const labels = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
	it('pools 60 % of each class, tests the rest, every document once', () => {
		const { pools, test } = textSplit(labels, 7);
		expect(pools[0]).toHaveLength(3);
		expect(pools[1]).toHaveLength(6);
		expect([...pools.flat(), ...test].sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
		pools.forEach((pool, c) => pool.forEach((i) => expect(labels[i]).toBe(c)));
	});
	it('is fixed by the seed', () => {
		expect(textSplit(labels, 7)).toEqual(textSplit(labels, 7));
		expect(textSplit(labels, 8)).not.toEqual(textSplit(labels, 7));
	});
});

const docs = [
	'the cat sat on the mat',
	'a cat and a kitten',
	'my cat purrs',
	'the stock market fell',
	'market prices rose',
	'stock prices and the market'
].map(bagOfWords);
const labels = [0, 0, 0, 1, 1, 1];

describe('fitText / scoreText', () => {
	it('both models tell cats from markets on held-out sentences', () => {
		const fit = fitText(docs, labels, [0, 1, 3, 4]);
		expect(scoreText(fit, docs, labels, [2, 5])).toEqual({ generative: 1, discriminative: 1 });
		const cat = fit.vocabulary.indexOf('cat');
		const market = fit.vocabulary.indexOf('market');
		expect(fit.logistic.weights[cat]).toBeLessThan(0);
		expect(fit.logistic.weights[market]).toBeGreaterThan(0);
	});
});

describe('textJob', () => {
	it('returns the same weights and curve for the same input', async () => {
		const input = { docs, labels, seed: 2, m: 2, resamples: 3 };
		const a = await runJobNow(textJob, input);
		expect(await runJobNow(textJob, input)).toEqual(a);
		expect(a.curve?.sizes).toEqual([1]);
	});
});
