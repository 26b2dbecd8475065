import { describe, expect, it } from 'vitest';
import type { WordVectors } from '$lib/math/word-vectors';
import { parseWords, wordMap } from './word-map';

const model = (rows: Record<string, number[]>): WordVectors => {
	const words = Object.keys(rows);
	return {
		words,
		index: new Map(words.map((w, i) => [w, i])),
		vectors: words.map((w) => rows[w]),
		eigenvalues: []
	};
};

describe('parseWords(text, max)', () => {
	it('splits on spaces and commas, lower-cases, keeps each word once, and counts what it cut', () => {
		expect(parseWords(' Loss, gradients  loss，模型、梯度 ', 10)).toEqual({
			words: ['loss', 'gradients', '模型', '梯度'],
			dropped: 0
		});
		expect(parseWords('a b c d', 3)).toEqual({ words: ['a', 'b', 'c'], dropped: 1 });
	});
});

describe('wordMap(model, words)', () => {
	const m = model({
		a: [2, 0, 0, 1],
		b: [-2, 0, 0, 1],
		c: [0, 1, 0, 1],
		d: [0, -1, 0, 1]
	});

	it('places words along their largest spread first: a and b on the first axis, c and d on the second', () => {
		const map = wordMap(m, ['a', 'b', 'c', 'd', 'zz'])!;
		expect(map.unknown).toEqual(['zz']);
		const at = Object.fromEntries(map.placed.map((p) => [p.word, [p.x, p.y]]));
		expect(Math.abs(at.a[0])).toBeCloseTo(2, 12);
		expect(at.b[0]).toBeCloseTo(-at.a[0], 12);
		expect(at.a[1]).toBeCloseTo(0, 12);
		expect(Math.abs(at.c[1])).toBeCloseTo(1, 12);
		// Variances 8/3 and 2/3 along the two axes, none along the others: shares 0.8 and 0.2.
		expect(map.shares[0]).toBeCloseTo(0.8, 12);
		expect(map.shares[1]).toBeCloseTo(0.2, 12);
		expect(map.shares.slice(2).every((s) => Math.abs(s) < 1e-12)).toBe(true);
	});

	it('needs three known words', () => {
		expect(wordMap(m, ['a', 'b', 'nope'])).toBeUndefined();
	});
});
