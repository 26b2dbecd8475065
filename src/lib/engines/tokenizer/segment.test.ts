import { describe, expect, it } from 'vitest';
import { createBpeCodec, trainByteLevelBPE } from '$lib/math/bpe';
import { byCharacters, byIds, byStep, byWords, clipText, sharedBytes } from './segment';
import { buildWordVocab } from './word-vocab';

describe('byCharacters(text, limit)', () => {
	it('gives one token per code point, its id the code point, and draws at most limit', () => {
		const s = byCharacters('a猫🙂', 2);
		expect(s.count).toBe(3);
		expect(s.shown.map((t) => t.id)).toEqual([0x61, 0x732b]);
		expect(Array.from(s.shown[1].bytes)).toEqual([0xe7, 0x8c, 0xab]);
		expect(byCharacters('', 5)).toEqual({ count: 0, shown: [], unknown: 0 });
	});
});

describe('byWords(text, vocab, limit)', () => {
	it('looks words up and counts the unknown ones', () => {
		const vocab = buildWordVocab('the cat the cat on');
		const s = byWords('the dog on the cat', vocab, 10);
		expect(s.count).toBe(5);
		expect(s.shown.map((t) => t.id)).toEqual([1, 0, 0, 1, 2]);
		expect(s.shown.map((t) => t.unknown)).toEqual([false, true, true, false, false]);
		expect(s.unknown).toBe(2);
	});
});

describe('byIds(ids, bytesOf, limit)', () => {
	it('spells each id with its bytes', () => {
		const codec = createBpeCodec(trainByteLevelBPE('aaabdaaabac', 10));
		const ids = codec.encode('aaabdaaabac');
		const s = byIds(ids, codec.bytesOf, 2);
		expect(s.count).toBe(5);
		expect(s.shown.map((t) => new TextDecoder().decode(t.bytes))).toEqual(['aaab', 'd']);
		expect(s.shown.map((t) => t.at)).toEqual([0, 4]);
	});
});

describe('byStep(stepwise, k, bytesOf, limit)', () => {
	it('is byIds of the encoding with the first k merges', () => {
		const merges = trainByteLevelBPE('aaabdaaabac', 10);
		const codec = createBpeCodec(merges);
		const stepwise = codec.encodeStepwise(new TextEncoder().encode('aaabdaaabac'));
		for (let k = 0; k <= merges.length; k++) {
			const ids = createBpeCodec(merges.slice(0, k)).encode('aaabdaaabac');
			expect(byStep(stepwise, k, codec.bytesOf, 3)).toEqual(byIds(ids, codec.bytesOf, 3));
		}
	});
});

describe('sharedBytes(bytesOf)', () => {
	it('hands out the same array for an id, asking bytesOf once', () => {
		const codec = createBpeCodec(trainByteLevelBPE('aaabdaaabac', 10));
		let asked = 0;
		const bytesOf = sharedBytes((id) => (asked++, codec.bytesOf(id)));
		expect(bytesOf(257)).toBe(bytesOf(257));
		expect(Array.from(bytesOf(257))).toEqual(Array.from(codec.bytesOf(257)));
		expect(asked).toBe(1);
	});
});

describe('clipText(text, max)', () => {
	it('cuts at max units but never between the halves of a surrogate pair', () => {
		expect(clipText('abc', 5)).toBe('abc');
		expect(clipText('abc', 2)).toBe('ab');
		expect(clipText('a🙂b', 2)).toBe('a');
		expect(clipText('a🙂b', 3)).toBe('a🙂');
	});
});
