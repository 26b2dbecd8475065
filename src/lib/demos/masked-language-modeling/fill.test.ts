import { describe, expect, it } from 'vitest';
import { answerTexts } from '$lib/content/corpus';
import { runJobNow } from '$lib/jobs';
import type { Corruption } from '$lib/math/mlm-masking';
import { trainNgram } from '$lib/math/ngram';
import { accuracySweep } from './accuracy.job';
import { tokensOf, type MlmCorpus } from './corpus';
import { blankedInput, fillBlanks } from './fill';

const model = trainNgram(
	[
		['the', 'cat', 'sat'],
		['the', 'dog', 'ran'],
		['a', 'cat', 'sat']
	],
	3
);

describe('blankedInput and fillBlanks', () => {
	it('hides [MASK]ed tokens only, and ranks the true token', () => {
		const tokens = ['the', 'cat', 'sat'];
		const corruptions = new Map([
			[1, { kind: 'mask' as const }],
			[2, { kind: 'random' as const, token: 'ran' }]
		]);
		expect(blankedInput(tokens, corruptions)).toEqual(['the', null, 'ran']);
		const [cat, sat] = fillBlanks(model, tokens, corruptions, 3);
		expect(cat.truth).toBe('cat');
		expect(cat.both.top).toHaveLength(3);
		// "the _ ran": the right context points to "dog", which the left alone cannot see.
		expect(cat.both.top[0].token).toBe('dog');
		expect(cat.left.truth?.rank).toBe(1);
		expect(sat.position).toBe(2);
		expect(sat.corruption).toEqual({ kind: 'random', token: 'ran' });
	});
	it('reuses the ranking of a blank only where the model reads the same tokens around it', () => {
		const tokens = ['the', 'cat', 'sat'];
		const mask = { kind: 'mask' as const };
		// Blank 1 reads "the _ sat" first, then "the _ ran": the later ranking must not be the earlier.
		const [sat] = fillBlanks(model, tokens, new Map([[1, mask]]), 3);
		const [ran] = fillBlanks(
			model,
			tokens,
			new Map<number, Corruption>([
				[1, mask],
				[2, { kind: 'random' as const, token: 'ran' }]
			]),
			3
		);
		expect(sat.both.top[0].token).toBe('cat');
		expect(ran.both.top[0].token).toBe('dog');
		// The same surroundings again: the very ranking, not a new one.
		expect(fillBlanks(model, tokens, new Map([[1, mask]]), 3)[0].both).toBe(sat.both);
	});
	it('gives no rank to a token the model never read', () => {
		const [fill] = fillBlanks(model, ['the', '🙂'], new Map([[1, { kind: 'mask' as const }]]), 2);
		expect(fill.both.truth).toBeNull();
		expect(fill.left.truth).toBeNull();
	});
});

describe('accuracySweep', () => {
	it('fills held-out blanks better from both sides than from the left, on the guide', () => {
		const answers = answerTexts('en');
		const corpus: MlmCorpus = {
			sentences: answers.map((text, i) => ({
				text,
				question: i + 1,
				index: 1,
				tokens: tokensOf(text, 'en')
			})),
			training: answers.map((text, i) => ({ question: i + 1, tokens: [tokensOf(text, 'en')] })),
			vocabulary: [...new Set(answers.flatMap((a) => tokensOf(a, 'en')))]
		};
		const [point] = runJobNow(accuracySweep, { corpus, rates: [0.15], seed: 1 });
		expect(point.blanks).toBeGreaterThan(400);
		expect(point.both).toBeGreaterThan(point.left);
		expect(point.both).toBeLessThan(0.6);
	});
});
