import { describe, expect, it } from 'vitest';
import { createBpeCodec } from '$lib/math/bpe-codec';
import { promptTokens, tokenBytes, topTokens } from './prompt-view';

const codec = createBpeCodec([]);
const bytesOf = tokenBytes(codec);

describe('promptTokens', () => {
	it('keeps every token when the prompt fits the context', () => {
		const tokens = promptTokens(codec.encode('abc'), 64, bytesOf);
		expect(tokens.count).toBe(3);
		expect(tokens.out).toBe(0);
		expect(tokens.shown.map((t) => t.at)).toEqual([0, 1, 2]);
	});

	it('counts the first tokens of an over-long prompt out: only the last `context` are read', () => {
		const tokens = promptTokens(codec.encode('abcdefghij'), 4, bytesOf);
		expect(tokens.count).toBe(10);
		expect(tokens.out).toBe(6);
		expect(tokens.shown.map((t) => t.at)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('gives one shared bytes array per id', () => {
		const [x, , y] = promptTokens(codec.encode('aba'), 64, bytesOf).shown;
		expect(x.bytes).toBe(y.bytes);
	});
});

describe('topTokens', () => {
	it('gives the n likeliest, likeliest first, ties by id', () => {
		expect(topTokens([0.1, 0.4, 0.1, 0.3, 0.1], 3)).toEqual([
			{ id: 1, p: 0.4 },
			{ id: 3, p: 0.3 },
			{ id: 0, p: 0.1 }
		]);
	});
});
