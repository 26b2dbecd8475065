import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	commonPrefixLength,
	distinctNgramRatio,
	diversity,
	looksAlike,
	sharedPrefixLength,
	tokenEditDistance
} from './diversity';

const seqArb = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 7 });

describe('sharedPrefixLength(a, b) and commonPrefixLength(seqs)', () => {
	it('count the tokens shared from the start', () => {
		expect(sharedPrefixLength([1, 2, 3], [1, 2, 4])).toBe(2);
		expect(sharedPrefixLength([1, 2], [1, 2, 3])).toBe(2);
		expect(sharedPrefixLength([5], [1])).toBe(0);
		expect(
			commonPrefixLength([
				[1, 2, 3],
				[1, 2, 4],
				[1, 3]
			])
		).toBe(1);
		expect(commonPrefixLength([[4, 4]])).toBe(2);
		expect(commonPrefixLength([])).toBe(0);
	});
});

describe('tokenEditDistance(a, b)', () => {
	it('matches hand-counted distances', () => {
		expect(tokenEditDistance([1, 2, 3], [1, 2, 3])).toBe(0);
		expect(tokenEditDistance([1, 2, 3], [1, 9, 3])).toBe(1);
		expect(tokenEditDistance([1, 2, 3], [1, 2])).toBe(1);
		expect(tokenEditDistance([], [1, 2])).toBe(2);
		expect(tokenEditDistance([1, 2, 3, 4], [2, 3, 4, 5])).toBe(2);
	});

	it('is a metric: symmetric, zero only for equal sequences, bounded by the longer length', () => {
		fc.assert(
			fc.property(seqArb, seqArb, seqArb, (a, b, c) => {
				const d = tokenEditDistance(a, b);
				expect(d).toBe(tokenEditDistance(b, a));
				expect(d === 0).toBe(a.join() === b.join());
				expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
				expect(d).toBeLessThanOrEqual(tokenEditDistance(a, c) + tokenEditDistance(c, b));
			})
		);
	});
});

describe('distinctNgramRatio(seqs, n)', () => {
	it('is distinct n-grams over all n-grams', () => {
		// Bigrams: (1,2) (2,3) | (1,2) (2,4): 3 distinct of 4.
		expect(
			distinctNgramRatio(
				[
					[1, 2, 3],
					[1, 2, 4]
				],
				2
			)
		).toBe(0.75);
		expect(distinctNgramRatio([[7, 7, 7]], 1)).toBeCloseTo(1 / 3, 12);
		expect(distinctNgramRatio([[1]], 2)).toBeNaN();
	});
});

describe('diversity(seqs)', () => {
	it('sees near-duplicate beams for what they are', () => {
		const d = diversity([
			[1, 2, 3, 4],
			[1, 2, 3, 5],
			[1, 2, 6, 4],
			[1, 2, 3, 4]
		]);
		expect(d.distinct).toBe(3);
		expect(d.commonPrefix).toBe(2);
		expect(d.pairs).toBe(6);
		// Every pair differs in at most one token except (1,2,3,5)–(1,2,6,4).
		expect(d.nearDuplicatePairs).toBe(5);
		// Shared prefixes 3, 2, 4, 2, 3, 2 out of 4 each.
		expect(d.meanSharedPrefixShare).toBeCloseTo(16 / 24, 12);
		expect(looksAlike(d)).toBe(true);
	});

	it('calls beams alike when they share long stems after different starts (low distinct-2)', () => {
		const stem = [5, 6, 7, 8, 9];
		const d = diversity([
			[1, ...stem, 2],
			[3, ...stem, 4],
			[1, ...stem, 4]
		]);
		expect(d.commonPrefix).toBe(0);
		expect(d.distinct2).toBeLessThan(0.5);
		expect(looksAlike(d)).toBe(true);
	});

	it('gives fully different sequences no shared prefix and no near-duplicates', () => {
		const d = diversity([
			[1, 2, 3],
			[4, 5, 6]
		]);
		expect(d).toMatchObject({ distinct: 2, commonPrefix: 0, nearDuplicatePairs: 0 });
		expect(d.meanSharedPrefixShare).toBe(0);
		expect(d.distinct2).toBe(1);
		expect(looksAlike(d)).toBe(false);
	});

	it('stays in range for any sequences', () => {
		fc.assert(
			fc.property(fc.array(seqArb, { minLength: 2, maxLength: 6 }), (seqs) => {
				const d = diversity(seqs);
				expect(d.distinct).toBeGreaterThanOrEqual(1);
				expect(d.distinct).toBeLessThanOrEqual(seqs.length);
				expect(d.nearDuplicatePairs).toBeLessThanOrEqual(d.pairs);
				expect(d.meanSharedPrefixShare).toBeGreaterThanOrEqual(0);
				expect(d.meanSharedPrefixShare).toBeLessThanOrEqual(1);
			})
		);
	});
});
