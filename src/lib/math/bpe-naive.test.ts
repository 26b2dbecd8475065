import { describe, expect, it } from 'vitest';
import { encodeNaive, trainByteLevelBPENaive, trainWordBPENaive } from './bpe-naive';

const a = 97;
const b = 98;
const c = 99;
const d = 100;

describe('trainByteLevelBPENaive(text, numMerges)', () => {
	it('merges the most frequent pair first (aaabdaaabac)', () => {
		// X = (a,a) 4 → X a b d X a b a c; Y = (X,a) 2, first of a tie with (a,b);
		// Z = (Y,b) 2 → Z d Z a c; then every pair occurs once.
		expect(trainByteLevelBPENaive('aaabdaaabac', 10)).toEqual([
			{ pair: [a, a], id: 256, count: 4 },
			{ pair: [256, a], id: 257, count: 2 },
			{ pair: [257, b], id: 258, count: 2 }
		]);
	});

	it('counts overlaps and merges left to right without overlap', () => {
		expect(trainByteLevelBPENaive('aaa', 5)).toEqual([{ pair: [a, a], id: 256, count: 2 }]);
		expect(trainByteLevelBPENaive('aaaa', 5)).toEqual([{ pair: [a, a], id: 256, count: 3 }]);
	});

	it('breaks ties by first occurrence in the current sequence', () => {
		// See bpe.test.ts: after (x,a), the first (a,b) is gone and (b,c) comes first.
		expect(trainByteLevelBPENaive('xabcdabcdabxaxa', 2)).toEqual([
			{ pair: [120, a], id: 256, count: 3 },
			{ pair: [b, c], id: 257, count: 2 }
		]);
		expect(trainByteLevelBPENaive('cdabcdab', 1)).toEqual([{ pair: [c, d], id: 256, count: 2 }]);
	});

	it('returns [] for numMerges 0, empty text, or no repeated pair', () => {
		expect(trainByteLevelBPENaive('aaaa', 0)).toEqual([]);
		expect(trainByteLevelBPENaive('', 5)).toEqual([]);
		expect(trainByteLevelBPENaive('abcd', 5)).toEqual([]);
	});
});

describe('encodeNaive(text, merges)', () => {
	it('merges the lowest-ranked pair present, all occurrences, until none is left', () => {
		const merges = trainByteLevelBPENaive('aaabdaaabac', 10);
		expect(encodeNaive('aaabdaaabac', merges)).toEqual([258, d, 258, a, c]);
		const ranked = [
			{ pair: [b, c] as [number, number], id: 256, count: 2 },
			{ pair: [a, b] as [number, number], id: 257, count: 2 }
		];
		expect(encodeNaive('abc', ranked)).toEqual([a, 256]);
		expect(encodeNaive('aaaaa', [{ pair: [a, a], id: 256, count: 2 }])).toEqual([256, 256, a]);
	});
});

describe('trainWordBPENaive(words, numMerges)', () => {
	it('weights counts by word frequency and breaks ties by first occurrence', () => {
		const words = [
			{ symbols: ['l', 'o', 'w', '</w>'], count: 5 },
			{ symbols: ['l', 'o', 'w', 'e', 'r', '</w>'], count: 2 },
			{ symbols: ['n', 'e', 'w', 'e', 's', 't', '</w>'], count: 6 },
			{ symbols: ['w', 'i', 'd', 'e', 's', 't', '</w>'], count: 3 }
		];
		expect(trainWordBPENaive(words, 4)).toEqual([
			{ pair: ['e', 's'], merged: 'es', count: 9 },
			{ pair: ['es', 't'], merged: 'est', count: 9 },
			{ pair: ['est', '</w>'], merged: 'est</w>', count: 9 },
			{ pair: ['l', 'o'], merged: 'lo', count: 7 }
		]);
	});

	it('stops when the best count is below 2', () => {
		expect(trainWordBPENaive([{ symbols: ['a', 'b'], count: 1 }], 5)).toEqual([]);
		expect(trainWordBPENaive([{ symbols: ['a', 'b'], count: 2 }], 5)).toEqual([
			{ pair: ['a', 'b'], merged: 'ab', count: 2 }
		]);
	});
});
