import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createBpeCodec, decode, encode, tokenBytes } from './bpe-codec';
import { trainByteLevelBPE, trainSymbolBPE, type BpeMerge } from './bpe-train';
import { encodeNaive } from './bpe-naive';
import { a, b, c, d, over, unicodePieces, utf16 } from './bpe-test-arbitraries';
import { encodeUtf8, toWellFormed } from './utf8';

describe('encode(text, merges)', () => {
	const merges = trainByteLevelBPE('aaabdaaabac', 10);

	it('applies the merges to the training text (aaabdaaabac → Z d Z a c)', () => {
		expect(encode('aaabdaaabac', merges)).toEqual([258, d, 258, a, c]);
	});

	it('applies merges by rank, not by position or length', () => {
		// Rank 0 is (b,c), rank 1 is (a,b): "abc" → a (bc), and (a, bc) has no merge.
		const ranked: BpeMerge[] = [
			{ pair: [b, c], id: 256, count: 2 },
			{ pair: [a, b], id: 257, count: 2 }
		];
		expect(encode('abc', ranked)).toEqual([a, 256]);
		expect(encode('abd', ranked)).toEqual([257, d]);
	});

	it('replaces non-overlapping occurrences left to right', () => {
		const aa: BpeMerge[] = [{ pair: [a, a], id: 256, count: 2 }];
		expect(encode('aaa', aa)).toEqual([256, a]);
		expect(encode('aaaa', aa)).toEqual([256, 256]);
		expect(encode('aaaaa', aa)).toEqual([256, 256, a]);
	});

	it('returns the bytes when there are no merges, and [] for the empty string', () => {
		expect(encode('hé', [])).toEqual([0x68, 0xc3, 0xa9]);
		expect(encode('', merges)).toEqual([]);
		expect(encode('a', merges)).toEqual([a]);
	});

	it('equals the naive (minbpe) encoder on random texts and merges', () => {
		fc.assert(
			fc.property(over('abc '), over('abc '), (train, text) => {
				const m = trainByteLevelBPE(train, 25);
				expect(encode(text, m)).toEqual(encodeNaive(text, m));
			}),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(unicodePieces, unicodePieces, (train, text) => {
				const m = trainByteLevelBPE(train + text, 40);
				expect(encode(text, m)).toEqual(encodeNaive(text, m));
			})
		);
	});

	it('rejects merges whose ids are not 256 + rank or that use tokens not yet made', () => {
		expect(() => encode('ab', [{ pair: [a, b], id: 300, count: 2 }])).toThrow(RangeError);
		expect(() => encode('ab', [{ pair: [a, 256], id: 256, count: 2 }])).toThrow(RangeError);
		expect(() => encode('ab', [{ pair: [a, -1], id: 256, count: 2 }])).toThrow(RangeError);
	});
});

describe('decode(ids, merges)', () => {
	const merges = trainByteLevelBPE('aaabdaaabac', 10);

	it('spells the tokens', () => {
		expect(decode([258, d, 258, a, c], merges)).toBe('aaabdaaabac');
		expect(decode([257, 256, a], merges)).toBe('aaaaaa');
		expect(decode([], merges)).toBe('');
	});

	it('turns a token that holds half a character into U+FFFD', () => {
		expect(decode([0xc3], [])).toBe('\uFFFD');
		expect(decode([0xc3, 0xa9], [])).toBe('é');
	});

	it('rejects ids outside the vocabulary', () => {
		expect(() => decode([259], merges)).toThrow(RangeError);
		expect(() => decode([-1], merges)).toThrow(RangeError);
		expect(() => decode([1.5], merges)).toThrow(RangeError);
	});

	it('round-trips hand-picked scripts: emoji, ZWJ sequences, CJK, combining marks, RTL', () => {
		const samples = [
			'👩‍👩‍👧‍👦 family, 🏳️‍🌈 flag, 👍🏽 thumbs',
			'日本語のテキスト、中文文本',
			'e\u0301 a\u0308 n\u0303 — Zalgo: Z\u0351\u036b\u0343a\u0352l\u0357g\u035co',
			'שלום עולם, مرحبا بالعالم',
			'\u0000\u007f\u0080\u07ff\u0800\uffff\u{10000}\u{10ffff}'
		];
		const all = samples.join('\n');
		const m = trainByteLevelBPE(all.repeat(3), 100);
		expect(m.length).toBeGreaterThan(50);
		for (const s of [...samples, all]) expect(decode(encode(s, m), m)).toBe(s);
	});

	it('round-trips arbitrary well-formed Unicode (graphemes and code points)', () => {
		const m = trainByteLevelBPE('the quick brown fox 🦊 jumps — 狐狸跳 — ¡ñandú! '.repeat(5), 80);
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
				expect(decode(encode(s, m), m)).toBe(s);
				// and with merges trained on the string itself
				const own = trainByteLevelBPE(s + s, 50);
				expect(decode(encode(s, own), own)).toBe(s);
			}),
			{ numRuns: 300 }
		);
	});

	it('replaces lone surrogates with U+FFFD and keeps everything else', () => {
		const m = trainByteLevelBPE('\uD800\uDC00 \uD800 \uDFFF '.repeat(4), 30);
		expect(decode(encode('x\uD800y\uDC00\uD83D\uDE00', m), m)).toBe('x\uFFFDy\uFFFD😀');
		fc.assert(
			fc.property(utf16, (s) => {
				expect(decode(encode(s, m), m)).toBe(toWellFormed(s));
			}),
			{ numRuns: 300 }
		);
	});

	it('round-trips a 100 KB text', () => {
		const base = 'Tokenizers split text into pieces; 分词器把文本切成片段. 🚀 ';
		const text = Array.from({ length: 2000 }, (_, i) => base.slice(i % 7) + i).join(' ');
		expect(text.length).toBeGreaterThan(100_000);
		const m = trainByteLevelBPE(text.slice(0, 20_000), 300);
		const codec = createBpeCodec(m);
		const ids = codec.encode(text);
		expect(ids.length).toBeLessThan(encodeUtf8(text).length / 2);
		expect(codec.decode(ids)).toBe(text);
	});
});

describe('tokenBytes(id, merges)', () => {
	const merges = trainByteLevelBPE('aaabdaaabac', 10);

	it('gives the bytes a token stands for', () => {
		expect(Array.from(tokenBytes(a, merges))).toEqual([a]);
		expect(Array.from(tokenBytes(256, merges))).toEqual([a, a]);
		expect(Array.from(tokenBytes(257, merges))).toEqual([a, a, a]);
		expect(Array.from(tokenBytes(258, merges))).toEqual([a, a, a, b]);
	});

	it('agrees with the codec and spells the text token by token', () => {
		fc.assert(
			fc.property(over('abc é'), (text) => {
				const m = trainByteLevelBPE(text, 30);
				const codec = createBpeCodec(m);
				for (let id = 0; id < codec.vocabSize; id++) {
					expect(tokenBytes(id, m)).toEqual(codec.bytesOf(id));
				}
				const spelled = encode(text, m).flatMap((id) => Array.from(tokenBytes(id, m)));
				expect(spelled).toEqual(Array.from(encodeUtf8(text)));
			})
		);
	});

	it('handles chains of merges thousands deep', () => {
		// Each merge (X, a) lengthens the token by one byte.
		const chain: BpeMerge[] = [{ pair: [a, a], id: 256, count: 2 }];
		for (let i = 1; i < 5000; i++) chain.push({ pair: [255 + i, a], id: 256 + i, count: 2 });
		expect(tokenBytes(5255, chain)).toHaveLength(5001);
		expect(createBpeCodec(chain).bytesOf(5255)).toHaveLength(5001);
	});

	it('rejects ids outside the vocabulary', () => {
		expect(() => tokenBytes(259, merges)).toThrow(RangeError);
		expect(() => tokenBytes(-1, merges)).toThrow(RangeError);
	});
});

describe('createBpeCodec(merges)', () => {
	it('reports the vocabulary size', () => {
		expect(createBpeCodec([]).vocabSize).toBe(256);
		expect(createBpeCodec(trainByteLevelBPE('aaabdaaabac', 10)).vocabSize).toBe(259);
	});

	it('hands out copies from bytesOf, so callers cannot corrupt the table', () => {
		const codec = createBpeCodec(trainByteLevelBPE('aaabdaaabac', 10));
		codec.bytesOf(256).fill(0);
		expect(Array.from(codec.bytesOf(256))).toEqual([a, a]);
		expect(codec.decode([256])).toBe('aa');
	});

	it('round-trips raw bytes, invalid UTF-8 included, through encodeBytes and decodeBytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), (t, x) => {
				const codec = createBpeCodec(trainSymbolBPE({ symbols: t, alphabetSize: 256 }, 40));
				expect(codec.decodeBytes(codec.encodeBytes(x))).toEqual(x);
			})
		);
	});
});

describe('createBpeCodec(merges).encodeStepwise(bytes)', () => {
	/** What encodeStepwise must give at step k: an encoding with only the first k merges. */
	function atStep(merges: BpeMerge[], bytes: Uint8Array, k: number, limit: number) {
		const ids = createBpeCodec(merges.slice(0, k)).encodeBytes(bytes);
		const codec = createBpeCodec(merges);
		let at = 0;
		const tokens = ids.slice(0, limit).map((id) => {
			const token = { id, at };
			at += codec.bytesOf(id).length;
			return token;
		});
		return { length: ids.length, tokens };
	}

	it('gives, for every k, the length and first tokens of encoding with the first k merges', () => {
		fc.assert(
			fc.property(
				over('abc', 200),
				over('abc', 80),
				fc.integer({ min: 1, max: 30 }),
				(train, text, limit) => {
					const merges = trainByteLevelBPE(train, 30);
					const bytes = encodeUtf8(text);
					const stepwise = createBpeCodec(merges).encodeStepwise(bytes);
					for (let k = 0; k <= merges.length; k++) {
						const want = atStep(merges, bytes, k, limit);
						expect(stepwise.length(k)).toBe(want.length);
						expect(stepwise.tokens(k, limit)).toEqual(want.tokens);
					}
				}
			)
		);
	});

	it('works on multi-byte text, repeated limits and the empty text', () => {
		const merges = trainByteLevelBPE('中文中文 😀😀 aaab aaab', 20);
		const bytes = encodeUtf8('😀中文 aaab😀');
		const stepwise = createBpeCodec(merges).encodeStepwise(bytes);
		for (const k of [0, 3, merges.length, merges.length + 5]) {
			expect(stepwise.tokens(k, 4)).toEqual(atStep(merges, bytes, k, 4).tokens);
			expect(stepwise.tokens(k, 100)).toEqual(atStep(merges, bytes, k, 100).tokens);
		}
		const empty = createBpeCodec(merges).encodeStepwise(new Uint8Array(0));
		expect(empty.length(5)).toBe(0);
		expect(empty.tokens(5, 10)).toEqual([]);
	});
});
