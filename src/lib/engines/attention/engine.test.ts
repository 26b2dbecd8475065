import { describe, expect, it } from 'vitest';
import { scaledDotProductAttention } from '$lib/math/attention';
import { sinusoidalPositionalEncoding } from '$lib/math/positional';
import { nearestWords, wordVector } from '$lib/math/word-vectors';
import {
	guideSource,
	guideWordVectors,
	headKinds,
	MAX_TOKENS,
	prepareSentence,
	withEdits
} from './index';

const vectors = await guideWordVectors();
const argmax = (row: number[]) => row.indexOf(Math.max(...row));
const weightsOf = (source: ReturnType<typeof guideSource>, dK: number, kind: string) => {
	const [h] = source.heads(dK, [kind]);
	return scaledDotProductAttention(h.Q, h.K, h.V).weights;
};

describe('guideWordVectors()', () => {
	it('learns from the guide that the cat, the mouse and chasing go together', () => {
		const near = (word: string, k: number) =>
			nearestWords(vectors, wordVector(vectors, word)!, k, new Set([word])).map((x) => x.word);
		expect(near('cat', 1)).toEqual(['chased']);
		expect(near('chased', 3)).toEqual(expect.arrayContaining(['cat', 'mouse']));
		const zh = nearestWords(vectors, wordVector(vectors, '老鼠')!, 1, new Set(['老鼠']));
		expect(zh[0].word).toBe('追');
	});
	it('is trained once per page', async () => {
		expect(await guideWordVectors()).toBe(vectors);
	});
});

describe('prepareSentence(text, maxTokens)', () => {
	it('tokenizes words, punctuation, emoji and Chinese words', () => {
		expect(prepareSentence('The cat chased the mouse.').tokens).toEqual([
			'The',
			'cat',
			'chased',
			'the',
			'mouse',
			'.'
		]);
		expect(prepareSentence('猫追老鼠🙂').tokens).toEqual(['猫', '追', '老鼠', '🙂']);
	});
	it('keeps the first maxTokens and says how many there were', () => {
		const long = prepareSentence('word '.repeat(2000));
		expect(long.tokens.length).toBe(MAX_TOKENS);
		expect(long).toMatchObject({ total: 2000, truncated: true });
		expect(prepareSentence('a b c', 2)).toEqual({ tokens: ['a', 'b'], total: 3, truncated: true });
		expect(prepareSentence('   ')).toEqual({ tokens: [], total: 0, truncated: false });
	});
});

describe('guideSource(tokens, vectors, opts)', () => {
	const tokens = prepareSentence('The cat chased the mouse 🙂').tokens;
	const source = guideSource(tokens, vectors);

	it('lays x out as [unit word vector | sinusoidal encoding], zeros for unknown tokens', () => {
		expect(source.X.length).toBe(6);
		expect(source.X[0].length).toBe(64);
		expect(source.tokens.map((t) => t.known)).toEqual([true, true, true, true, true, false]);
		const word = source.X[1].slice(0, 32);
		expect(Math.hypot(...word)).toBeCloseTo(1, 9);
		expect(source.X[5].slice(0, 32).every((v) => v === 0)).toBe(true);
		expect(source.X.map((x) => x.slice(32))).toEqual(sinusoidalPositionalEncoding(6, 32));
		// Lookup ignores case: "The" and "the" share one word vector.
		expect(source.X[0].slice(0, 32)).toEqual(source.X[3].slice(0, 32));
	});
	it('without positions the encoding half is zero', () => {
		const bare = guideSource(tokens, vectors, { positions: false, dModel: 16 });
		expect(bare.X[2].length).toBe(16);
		expect(bare.X.every((x) => x.slice(8).every((v) => v === 0))).toBe(true);
	});
	it('gives every head Q, K, V of n × d_k, and rejects bad sizes and kinds', () => {
		const heads = source.heads(8);
		expect(heads.map((h) => h.kind)).toEqual([...headKinds]);
		for (const h of heads)
			for (const M of [h.Q, h.K, h.V]) expect(M.map((r) => r.length)).toEqual(new Array(6).fill(8));
		expect(() => source.heads(1)).toThrow(/d_k/);
		expect(() => source.heads(65)).toThrow(/d_k/);
		expect(() => source.heads(8, ['nonsense'])).toThrow(/nonsense/);
		expect(() => guideSource(tokens, vectors, { dModel: 10 })).toThrow(/d_model/);
	});
	it('handles an empty sentence', () => {
		const empty = guideSource([], vectors);
		expect(empty.X).toEqual([]);
		expect(empty.heads(8)[0].Q).toEqual([]);
	});
});

describe('the built heads do what their names say', () => {
	const words = Array.from({ length: 64 }, (_, i) => `w${i}`);
	for (const dK of [6, 8, 16, 32, 64]) {
		const source = guideSource(words, vectors, { dModel: dK === 6 ? 48 : 64 });
		it(`previous, next, self, first and previous2 put ≥ 90% on their token (d_k = ${dK}, 64 tokens)`, () => {
			const shifts: Record<string, number> = { previous: -1, next: 1, self: 0, previous2: -2 };
			const check = (kind: string, target: (i: number) => number) =>
				weightsOf(source, dK, kind).forEach((row, i) => {
					// Rows whose target lies outside the sentence have nothing to find.
					if (target(i) < 0 || target(i) > 63) return;
					expect(argmax(row), `${kind} row ${i}`).toBe(target(i));
					expect(row[target(i)]).toBeGreaterThan(0.9);
				});
			for (const [kind, shift] of Object.entries(shifts)) check(kind, (i) => i + shift);
			check('first', () => 0);
		});
	}
	it('local fades with distance on both sides; broad is uniform', () => {
		const source = guideSource(words.slice(0, 12), vectors);
		const local = weightsOf(source, 16, 'local')[6];
		for (let d = 0; d < 5; d++) {
			expect(local[6 + d]).toBeGreaterThan(local[6 + d + 1]);
			expect(local[6 - d]).toBeGreaterThan(local[6 - d - 1]);
		}
		for (const row of weightsOf(source, 16, 'broad'))
			for (const w of row) expect(w).toBeCloseTo(1 / 12, 12);
	});
	it('similar: a word attends most to itself and its repeats, more to related words than to unknown ones', () => {
		const source = guideSource(prepareSentence('the cat chased the mouse 🙂').tokens, vectors);
		const W = weightsOf(source, 64, 'similar');
		expect(W[0][3]).toBeCloseTo(W[0][0], 12);
		expect(argmax(W[1])).toBe(1);
		expect(W[1][2]).toBeGreaterThan(W[1][5]); // cat → chased beats cat → 🙂
		expect(W[4][2]).toBeGreaterThan(W[4][5]);
		// The emoji has no word vector: all its scores are 0, its weights uniform.
		for (const w of W[5]) expect(w).toBeCloseTo(1 / 6, 12);
	});
	it('the i-th head reads the i-th d_k-wide slice of x as values, wrapping around', () => {
		const source = guideSource(['cat', 'mouse'], vectors, { dModel: 16 });
		const heads = source.heads(8, ['self', 'similar', 'broad']);
		expect(heads[0].V).toEqual(source.X.map((x) => x.slice(0, 8)));
		expect(heads[1].V).toEqual(source.X.map((x) => x.slice(8, 16)));
		expect(heads[2].V).toEqual(heads[0].V);
	});
});

describe('withEdits(M, edits)', () => {
	const M = [
		[1, 2],
		[3, 4]
	];
	it('replaces entries row by row when the list fits, and ignores it otherwise', () => {
		expect(withEdits(M, [5, 6, 7, 8])).toEqual([
			[5, 6],
			[7, 8]
		]);
		expect(withEdits(M, [5, 6, 7])).toBe(M);
		expect(withEdits(M, [])).toBe(M);
	});
});
