import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	bpeTrainingTrace,
	trainByteLevelBPE,
	trainSymbolBPE,
	type BpePairCount
} from './bpe-train';
import { encode } from './bpe-codec';
import { trainByteLevelBPENaive } from './bpe-naive';
import { a, b, c, d, over, unicodePieces, utf16 } from './bpe-test-arbitraries';
import { encodeUtf8 } from './utf8';

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
