import { describe, expect, it } from 'vitest';
import { trainNgram } from '$lib/math/ngram';
import {
	bitsPerChar,
	charPerplexity,
	firstCharAfter,
	gptTotalNats,
	ngramNats,
	spellingNats
} from './char-bits';

describe('bitsPerChar(nats, chars) and charPerplexity(nats, chars)', () => {
	it('divide a total in nats by the characters, in bits, and 2^bits is the perplexity', () => {
		expect(bitsPerChar(10 * Math.LN2, 5)).toBeCloseTo(2, 12);
		expect(charPerplexity(10 * Math.LN2, 5)).toBeCloseTo(4, 12);
		expect(charPerplexity(7.3, 4)).toBeCloseTo(2 ** bitsPerChar(7.3, 4), 12);
	});

	it('do not depend on the tokens: one surprise over the same text is one figure', () => {
		// The same 12 nats over 6 characters, as 2 BPE tokens or as 6 characters.
		const perToken = 12 / 2;
		const perChar = 12 / 6;
		expect(bitsPerChar(perToken * 2, 6)).toBeCloseTo(bitsPerChar(perChar * 6, 6), 12);
	});
});

describe('gptTotalNats(meanLoss, tokens)', () => {
	it('undoes evaluateLoss’s mean over tokens − 1 predictions', () => {
		expect(gptTotalNats(3, 11)).toBe(30);
	});
});

describe('firstCharAfter(text, byteOffset)', () => {
	it('counts characters by UTF-8 bytes and leaves out one the offset splits', () => {
		expect(firstCharAfter('abc', 0)).toBe(0);
		expect(firstCharAfter('abc', 1)).toBe(1);
		expect(firstCharAfter('问题x', 3)).toBe(1);
		expect(firstCharAfter('问题x', 2)).toBe(1);
		expect(firstCharAfter('问题x', 4)).toBe(2);
		expect(firstCharAfter('🙂a', 4)).toBe(1);
		expect(firstCharAfter('ab', 9)).toBe(2);
	});
});

describe('spellingNats(ch) and ngramNats(model, chars, from)', () => {
	it('spells a character at 8 bits per UTF-8 byte', () => {
		expect(spellingNats('a')).toBeCloseTo(Math.log(256), 12);
		expect(spellingNats('问')).toBeCloseTo(3 * Math.log(256), 12);
		expect(spellingNats('🙂')).toBeCloseTo(4 * Math.log(256), 12);
	});

	const model = trainNgram([[...'abababcab']], 2);

	it('sums −ln P of each character from `from`, given the ones before it', () => {
		const chars = [...'abcab'];
		let expected = 0;
		for (let i = 2; i < chars.length; i++) expected -= model.logProb([chars[i - 1]], chars[i]);
		expect(ngramNats(model, chars, 2)).toEqual({ nats: expected, unseen: 0 });
	});

	it('charges an unseen character <unk> and its spelling, and counts it', () => {
		const seen = ngramNats(model, [...'ab']).nats;
		const withNew = ngramNats(model, [...'ab问']);
		expect(withNew.unseen).toBe(1);
		expect(withNew.nats - seen).toBeCloseTo(
			-model.logProb(['b'], '<unk>') + spellingNats('问'),
			12
		);
	});
});
