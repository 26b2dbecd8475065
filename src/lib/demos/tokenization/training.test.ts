import { describe, expect, it } from 'vitest';
import { bpeTrainingTrace } from '$lib/math/bpe-train';
import { encodeUtf8 } from '$lib/math/utf8';
import { passageAround, trainRun, TOP_PAIRS } from './training';

describe('trainRun(text, maxMerges, onProgress)', () => {
	it('records the merges, lengths and top pairs of every step', () => {
		const seen: number[] = [];
		const run = trainRun('aaabdaaabac', 10, (n) => seen.push(n));
		const trace = bpeTrainingTrace('aaabdaaabac', 10);
		expect(run.merges).toEqual(trace.merges);
		expect(run.lengths).toEqual(trace.lengths);
		expect(run.top).toHaveLength(run.merges.length + 1);
		expect(run.top[0][0]).toEqual({ pair: [97, 97], count: 4, first: 0 });
		expect(run.top.at(-1)).toEqual([]);
		expect(seen).toEqual([1, 2, 3]);
		expect(run.requested).toBe(10);
		expect(run.bytes).toEqual(encodeUtf8('aaabdaaabac'));
		expect(run.vocab.size).toBe(1); // one word, seen once: only [UNK]
	});

	it('keeps at most TOP_PAIRS pairs per step, and the first is the next merge', () => {
		const run = trainRun('the cat sat on the mat; the cat ate the rat. '.repeat(3), 30);
		run.top.forEach((pairs, k) => {
			expect(pairs.length).toBeLessThanOrEqual(TOP_PAIRS);
			if (k < run.merges.length) {
				expect(pairs[0].pair).toEqual(run.merges[k].pair);
				expect(pairs[0].count).toBe(run.merges[k].count);
			}
		});
	});

	it('copes with empty text and emoji only', () => {
		expect(trainRun('', 5)).toEqual({
			bytes: new Uint8Array(0),
			merges: [],
			lengths: [0],
			top: [[]],
			requested: 5,
			vocab: { ids: new Map(), size: 1 }
		});
		// F0 9F 99 82 ×3: three merges build 🙂 (12 → 9 → 6 → 3 tokens), then (🙂,🙂) occurs
		// twice, overlapping: 🙂🙂 🙂. Then no pair repeats, far short of the 100 asked for.
		const emoji = trainRun('🙂🙂🙂', 100);
		expect(emoji.lengths).toEqual([12, 9, 6, 3, 2]);
		expect(emoji.merges.map((m) => m.count)).toEqual([3, 3, 3, 2]);
	});
});

describe('passageAround(bytes, at, before, after)', () => {
	it('widens the window to whole characters', () => {
		const bytes = encodeUtf8('ab猫cd'); // a b E7 8C AB c d
		expect(passageAround(bytes, 5, 1, 1)).toEqual([2, 6]);
		expect(passageAround(bytes, 3, 0, 1)).toEqual([2, 5]);
		expect(passageAround(bytes, 6, 1, 10)).toEqual([5, 7]);
		expect(passageAround(bytes, 6, 2, 10)).toEqual([2, 7]);
		expect(passageAround(bytes, 0, 5, 100)).toEqual([0, 7]);
	});
});
