import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	bpeTrainingTrace,
	createBpeCodec,
	decode,
	encode,
	tokenBytes,
	trainByteLevelBPE,
	trainSymbolBPE,
	type BpeMerge,
	type BpePairCount
} from './bpe';
import { encodeNaive, trainByteLevelBPENaive } from './bpe-naive';
import { encodeUtf8, toWellFormed } from './utf8';

const a = 97;
const b = 98;
const c = 99;
const d = 100;

/** Strings over a small alphabet: many repeats, ties and overlapping runs. */
const over = (alphabet: string, maxLength = 120) =>
	fc.string({ unit: fc.constantFrom(...alphabet.split('')), maxLength });

/** Arbitrary UTF-16, lone surrogates included. */
const utf16 = fc
	.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
	.map((units) => String.fromCharCode(...units));

/** Unicode strings built from a few multi-byte pieces, so that they repeat. */
const unicodePieces = fc
	.array(fc.constantFrom('é', '😀', '👩‍👧', '中文', 'ש', 'e\u0301', ' ', 'a', '\uD800'), {
		maxLength: 60
	})
	.map((parts) => parts.join(''));

describe('trainByteLevelBPE(text, numMerges)', () => {
	it('merges the most frequent pair first (aaabdaaabac)', () => {
		// a a a b d a a a b a c: (a,a) occurs 4 times (overlaps count), (a,b) twice, the rest once.
		// 256 = (a,a), 4:     X a b d X a b a c   — "aaa" → X a (non-overlapping, left to right)
		// 257 = (X,a), 2:     Y b d Y b a c       — ties with (a,b) at 2; (X,a) occurs first
		// 258 = (Y,b), 2:     Z d Z a c           — every pair now occurs once: stop
		expect(trainByteLevelBPE('aaabdaaabac', 10)).toEqual([
			{ pair: [a, a], id: 256, count: 4 },
			{ pair: [256, a], id: 257, count: 2 },
			{ pair: [257, b], id: 258, count: 2 }
		]);
	});

	it('stops after numMerges merges', () => {
		expect(trainByteLevelBPE('aaabdaaabac', 1)).toEqual([{ pair: [a, a], id: 256, count: 4 }]);
		expect(trainByteLevelBPE('aaabdaaabac', 2)).toHaveLength(2);
		expect(trainByteLevelBPE('aaabdaaabac', 2.9)).toHaveLength(2);
	});

	it('counts overlapping positions but replaces non-overlapping ones left to right', () => {
		// aaa: (a,a) twice → X a, then (X,a) once: stop.
		expect(trainByteLevelBPE('aaa', 5)).toEqual([{ pair: [a, a], id: 256, count: 2 }]);
		// aaaa: (a,a) three times → X X, then (X,X) once: stop.
		expect(trainByteLevelBPE('aaaa', 5)).toEqual([{ pair: [a, a], id: 256, count: 3 }]);
		// aaaaaaaa: 7 → X X X X; (X,X) 3 → Y Y; (Y,Y) once: stop.
		expect(trainByteLevelBPE('aaaaaaaa', 5)).toEqual([
			{ pair: [a, a], id: 256, count: 7 },
			{ pair: [256, 256], id: 257, count: 3 }
		]);
	});

	it('breaks a tie on count by the earliest first occurrence', () => {
		// (a,b) and (c,d) both occur twice; whichever comes first in the text wins.
		expect(trainByteLevelBPE('abcdcdab', 1)).toEqual([{ pair: [a, b], id: 256, count: 2 }]);
		expect(trainByteLevelBPE('cdabcdab', 1)).toEqual([{ pair: [c, d], id: 256, count: 2 }]);
	});

	it('breaks ties by first occurrence in the current sequence, not in the original text', () => {
		const x = 120;
		// x a b c d a b c d a b x a x a
		// (x,a) 3 at 0 ties (a,b) 3 at 1: X = (x,a)    → X b c d a b c d a b X X
		// now (b,c), (c,d), (d,a), (a,b) all occur twice; (a,b)'s first occurrence was consumed,
		// so (b,c) is first: Y = (b,c)                   → X Y d a Y d a b X X
		// W = (Y,d), 2                                    → X W a W a b X X
		// V = (W,a), 2                                    → X V V b X X, all pairs once: stop
		expect(trainByteLevelBPE('xabcdabcdabxaxa', 10)).toEqual([
			{ pair: [x, a], id: 256, count: 3 },
			{ pair: [b, c], id: 257, count: 2 },
			{ pair: [257, d], id: 258, count: 2 },
			{ pair: [258, a], id: 259, count: 2 }
		]);
	});

	it('trains on UTF-8 bytes: é is C3 A9', () => {
		// ééé = C3 A9 C3 A9 C3 A9: (C3,A9) 3 → E E E; (E,E) 2 → F E; stop.
		expect(trainByteLevelBPE('ééé', 10)).toEqual([
			{ pair: [0xc3, 0xa9], id: 256, count: 3 },
			{ pair: [256, 256], id: 257, count: 2 }
		]);
	});

	it('trains on lone surrogates as on U+FFFD', () => {
		expect(trainByteLevelBPE('\uD800x\uDC00x', 5)).toEqual(trainByteLevelBPE('\uFFFDx\uFFFDx', 5));
		expect(trainByteLevelBPE('\uD800x\uDC00x', 5)[0]).toEqual({
			pair: [0xef, 0xbf],
			id: 256,
			count: 2
		});
	});

	it('stops early when no pair occurs twice', () => {
		expect(trainByteLevelBPE('abcdef', 10)).toEqual([]);
		expect(trainByteLevelBPE('abab', 10)).toEqual([{ pair: [a, b], id: 256, count: 2 }]);
	});

	it('returns [] for numMerges 0 (or less, or NaN) and for texts shorter than 2 bytes', () => {
		expect(trainByteLevelBPE('aaaa', 0)).toEqual([]);
		expect(trainByteLevelBPE('aaaa', -3)).toEqual([]);
		expect(trainByteLevelBPE('aaaa', NaN)).toEqual([]);
		expect(trainByteLevelBPE('aaaa', 0.5)).toEqual([]);
		expect(trainByteLevelBPE('', 10)).toEqual([]);
		expect(trainByteLevelBPE('a', 10)).toEqual([]);
	});

	it('accepts numMerges = Infinity and merges until no pair repeats', () => {
		expect(trainByteLevelBPE('aaabdaaabac', Infinity)).toHaveLength(3);
	});

	it('equals the naive trainer on texts over "ab " (ties and overlaps)', () => {
		fc.assert(
			fc.property(over('ab '), fc.integer({ min: 0, max: 40 }), (text, k) => {
				expect(trainByteLevelBPE(text, k)).toEqual(trainByteLevelBPENaive(text, k));
			}),
			{ numRuns: 300 }
		);
	});

	it('equals the naive trainer on texts over "abc" run to exhaustion', () => {
		fc.assert(
			fc.property(over('abc', 200), (text) => {
				expect(trainByteLevelBPE(text, 1000)).toEqual(trainByteLevelBPENaive(text, 1000));
			}),
			{ numRuns: 200 }
		);
	});

	it('equals the naive trainer on texts over "a" (pure overlapping runs)', () => {
		for (let n = 0; n <= 70; n++) {
			const text = 'a'.repeat(n);
			expect(trainByteLevelBPE(text, 100)).toEqual(trainByteLevelBPENaive(text, 100));
		}
	});

	it('equals the naive trainer on Unicode text', () => {
		fc.assert(
			fc.property(fc.oneof(unicodePieces, utf16, fc.string({ unit: 'grapheme' })), (text) => {
				expect(trainByteLevelBPE(text, 200)).toEqual(trainByteLevelBPENaive(text, 200));
			}),
			{ numRuns: 200 }
		);
	});

	it('equals the naive trainer on repetitive English-like text', () => {
		const words = ['the', 'cat', 'sat', 'on', 'mat', 'a', 'hat', 'that', 'then', 'at'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...words), { maxLength: 150 }), (ws) => {
				const text = ws.join(' ');
				expect(trainByteLevelBPE(text, 60)).toEqual(trainByteLevelBPENaive(text, 60));
			}),
			{ numRuns: 50 }
		);
	});

	it('gives ids 256 + i and counts that never grow and stay at least 2', () => {
		fc.assert(
			fc.property(over('abcd ', 200), (text) => {
				const merges = trainByteLevelBPE(text, 50);
				merges.forEach((m, i) => {
					expect(m.id).toBe(256 + i);
					expect(m.count).toBeGreaterThanOrEqual(2);
					if (i > 0) expect(m.count).toBeLessThanOrEqual(merges[i - 1].count);
				});
			})
		);
	});

	it('reports each merge and the sequence length to onMerge', () => {
		const seen: [number, number][] = [];
		const merges = trainByteLevelBPE('aaabdaaabac', 10, {
			onMerge: (m, length) => seen.push([m.id, length])
		});
		expect(merges).toHaveLength(3);
		expect(seen).toEqual([
			[256, 9],
			[257, 7],
			[258, 5]
		]);
	});
});

describe('bpeTrainingTrace(text, numMerges)', () => {
	it('records the sequence length before and after each merge', () => {
		const { merges, lengths } = bpeTrainingTrace('aaabdaaabac', 10);
		expect(merges).toEqual(trainByteLevelBPE('aaabdaaabac', 10));
		expect(lengths).toEqual([11, 9, 7, 5]);
		expect(bpeTrainingTrace('xabcdabcdabxaxa', 10).lengths).toEqual([15, 12, 10, 8, 6]);
		expect(bpeTrainingTrace('', 10)).toEqual({ merges: [], lengths: [0] });
	});

	it('ends at the length of the text encoded with its own merges', () => {
		fc.assert(
			fc.property(fc.oneof(over('ab '), unicodePieces), (text) => {
				const { merges, lengths } = bpeTrainingTrace(text, 30);
				expect(lengths).toHaveLength(merges.length + 1);
				expect(lengths[0]).toBe(encodeUtf8(text).length);
				for (let i = 0; i < merges.length; i++) {
					// A merge replaces between half its count (runs like aaaa) and all of it.
					const saved = lengths[i] - lengths[i + 1];
					expect(saved).toBeGreaterThanOrEqual(Math.ceil(merges[i].count / 2));
					expect(saved).toBeLessThanOrEqual(merges[i].count);
				}
				expect(encode(text, merges)).toHaveLength(lengths[lengths.length - 1]);
			})
		);
	});
});

describe('trainByteLevelBPE(text, numMerges, { topPairs })', () => {
	const record = (text: string, numMerges: number, size: number) => {
		const steps: { step: number; pairs: BpePairCount[] }[] = [];
		const merges = trainByteLevelBPE(text, numMerges, {
			topPairs: { size, onStep: (pairs, step) => steps.push({ step, pairs }) }
		});
		return { merges, steps };
	};

	it('reports the best pairs before each merge and after the last (aaabdaaabac)', () => {
		const { merges, steps } = record('aaabdaaabac', 10, 3);
		expect(merges).toEqual(trainByteLevelBPE('aaabdaaabac', 10));
		expect(steps.map((s) => s.step)).toEqual([0, 1, 2, 3]);
		// Step 0: (a,a) 4 times from byte 0, (a,b) twice from byte 2; nothing else repeats.
		expect(steps[0].pairs).toEqual([
			{ pair: [a, a], count: 4, first: 0 },
			{ pair: [a, b], count: 2, first: 2 }
		]);
		// Step 1 (X a b d X a b a c): (X,a) and (a,b) twice each; (X,a) starts first.
		expect(steps[1].pairs).toEqual([
			{ pair: [256, a], count: 2, first: 0 },
			{ pair: [a, b], count: 2, first: 2 }
		]);
		expect(steps[2].pairs).toEqual([{ pair: [257, b], count: 2, first: 0 }]);
		expect(steps[3].pairs).toEqual([]);
	});

	it('reports the state it stops in when the limit ends training, even at 0 merges', () => {
		expect(record('aaabdaaabac', 1, 1).steps).toEqual([
			{ step: 0, pairs: [{ pair: [a, a], count: 4, first: 0 }] },
			{ step: 1, pairs: [{ pair: [256, a], count: 2, first: 0 }] }
		]);
		expect(record('aaabdaaabac', 0, 1)).toEqual({
			merges: [],
			steps: [{ step: 0, pairs: [{ pair: [a, a], count: 4, first: 0 }] }]
		});
		expect(record('', 5, 3).steps).toEqual([{ step: 0, pairs: [] }]);
	});

	it('equals recounting every pair of the sequence at every step, and trains the same merges', () => {
		/** The naive pair table of a sequence of (token, original position), best first. */
		const naiveTop = (seq: { t: number; at: number }[], size: number) => {
			const stats = new Map<string, BpePairCount>();
			for (let i = 0; i + 1 < seq.length; i++) {
				const key = `${seq[i].t},${seq[i + 1].t}`;
				const entry = stats.get(key);
				if (entry) entry.count++;
				else stats.set(key, { pair: [seq[i].t, seq[i + 1].t], count: 1, first: seq[i].at });
			}
			return [...stats.values()]
				.filter((e) => e.count >= 2)
				.sort((x, y) => y.count - x.count || x.first - y.first)
				.slice(0, size);
		};
		fc.assert(
			fc.property(fc.oneof(over('ab'), over('abc '), unicodePieces), (text) => {
				const { merges, steps } = record(text, 40, 5);
				expect(merges).toEqual(trainByteLevelBPENaive(text, 40));
				expect(steps).toHaveLength(merges.length + 1);
				let seq = Array.from(encodeUtf8(text), (t, at) => ({ t, at }));
				steps.forEach(({ step, pairs }) => {
					expect(pairs).toEqual(naiveTop(seq, 5));
					if (step === merges.length) return;
					const { pair, id } = merges[step];
					const out: typeof seq = [];
					for (let i = 0; i < seq.length; i++) {
						if (i + 1 < seq.length && seq[i].t === pair[0] && seq[i + 1].t === pair[1]) {
							out.push({ t: id, at: seq[i].at });
							i++;
						} else out.push(seq[i]);
					}
					seq = out;
				});
			})
		);
	});
});

describe('trainSymbolBPE(input, numMerges)', () => {
	it('weights pair counts and never pairs across a word end', () => {
		// Words [0 1 2] ×3 and [1 2] ×1, alphabet 3: (1,2) counts 4, (0,1) counts 3;
		// the pair (2,1) across the word end must not exist.
		const merges = trainSymbolBPE(
			{
				symbols: [0, 1, 2, 1, 2],
				alphabetSize: 3,
				weights: [3, 3, 3, 1, 1],
				wordEnds: [false, false, true, false, true]
			},
			10
		);
		expect(merges).toEqual([
			{ pair: [1, 2], id: 3, count: 4 },
			{ pair: [0, 3], id: 4, count: 3 }
		]);
	});

	it('rejects symbols outside the alphabet', () => {
		expect(() => trainSymbolBPE({ symbols: [0, 3], alphabetSize: 3 }, 1)).toThrow(RangeError);
	});
});

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
