import { describe, expect, it } from 'vitest';
import type { WordVectors } from '$lib/math/word-vectors';
import { WORD_DIM } from '$lib/engines/attention';
import { crossAttentionWeights, selfAttentionWeights } from './patterns';

/** Three words: "cat" and "猫" share a direction, "sleeps" is orthogonal to both. */
function tinyVectors(): WordVectors {
	const basis = (d: number) => Array.from({ length: WORD_DIM }, (_, i) => (i === d ? 1 : 0));
	const words = ['cat', '猫', 'sleeps'];
	return {
		words,
		index: new Map(words.map((w, i) => [w, i])),
		vectors: [basis(0), basis(0), basis(1)],
		eigenvalues: new Array<number>(WORD_DIM).fill(1)
	};
}

const rowSums = (m: number[][]) => m.map((r) => r.reduce((a, b) => a + b, 0));

describe('the three attention patterns', () => {
	const vectors = tinyVectors();
	const source = ['the', 'cat', 'sleeps'];
	const decoder = ['<s>', '猫', '睡觉'];

	it('encoder self-attention is full: every row spreads over all source tokens', () => {
		const w = selfAttentionWeights(source, vectors, 'local', false);
		expect(w).toHaveLength(3);
		for (const row of w) for (const x of row) expect(x).toBeGreaterThan(0);
		for (const s of rowSums(w)) expect(s).toBeCloseTo(1, 12);
	});

	it('decoder self-attention is causal: nothing above the diagonal', () => {
		const w = selfAttentionWeights(decoder, vectors, 'local', true);
		expect(w[0]).toEqual([1, 0, 0]);
		expect(w[1][2]).toBe(0);
		for (const s of rowSums(w)) expect(s).toBeCloseTo(1, 12);
	});

	it('cross-attention has one row per decoder token and one column per source token', () => {
		const w = crossAttentionWeights(decoder, source, vectors, 'similar');
		expect(w).toHaveLength(3);
		for (const row of w) expect(row).toHaveLength(3);
		for (const s of rowSums(w)) expect(s).toBeCloseTo(1, 12);
		// "猫" shares its word vector with "cat": the similar-words head looks there.
		expect(w[1][1]).toBeGreaterThan(w[1][0]);
		expect(w[1][1]).toBeGreaterThan(w[1][2]);
		// "<s>" has no word vector: every score is 0 and the weights are equal.
		for (const x of w[0]) expect(x).toBeCloseTo(1 / 3, 12);
	});

	it('the first-token head in cross-attention looks at the first source token', () => {
		const w = crossAttentionWeights(decoder, source, vectors, 'first');
		for (const row of w) expect(row.indexOf(Math.max(...row))).toBe(0);
	});

	it('empty inputs give empty patterns', () => {
		expect(selfAttentionWeights([], vectors, 'similar', false)).toEqual([]);
		expect(crossAttentionWeights(decoder, [], vectors, 'similar')).toEqual([[], [], []]);
	});
});
