import { beforeAll, describe, expect, it } from 'vitest';
import type { WordVectors } from '$lib/math/word-vectors';
import { guideWordVectors } from '$lib/engines/attention';
import { mixedHeadWeights } from './mixed-head';
import { applyPermutation, maxDifference, seededPermutation, unshuffle } from './shuffle';

let vectors: WordVectors;
beforeAll(async () => {
	vectors = await guideWordVectors();
}, 30_000);

const tokens = 'language models predict the next token in a sequence of text'.split(' ');

describe('mixedHeadWeights(tokens, vectors, positions)', () => {
	it('gives rows that sum to 1', () => {
		for (const row of mixedHeadWeights(tokens, vectors, true)) {
			expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		}
	});
	it('without positions, shuffling only permutes the weights', () => {
		const perm = seededPermutation(tokens.length, 5);
		const original = mixedHeadWeights(tokens, vectors, false);
		const shuffled = mixedHeadWeights(applyPermutation(tokens, perm), vectors, false);
		expect(maxDifference(unshuffle(shuffled, perm), original)).toBeLessThan(1e-12);
	});
	it('with positions, shuffling changes the weights between the same words', () => {
		const perm = seededPermutation(tokens.length, 5);
		const original = mixedHeadWeights(tokens, vectors, true);
		const shuffled = mixedHeadWeights(applyPermutation(tokens, perm), vectors, true);
		expect(maxDifference(unshuffle(shuffled, perm), original)).toBeGreaterThan(0.3);
	});
	it('with positions, each token leans on the one before it', () => {
		const W = mixedHeadWeights(tokens, vectors, true);
		for (let i = 1; i < tokens.length; i++) {
			const best = W[i].indexOf(Math.max(...W[i]));
			expect(Math.abs(best - (i - 1))).toBeLessThanOrEqual(1);
		}
	});
	it('without positions, two copies of a word attend identically', () => {
		const W = mixedHeadWeights(['the', 'model', 'reads', 'the', 'text'], vectors, false);
		expect(W[0]).toEqual(W[3]);
	});
});
