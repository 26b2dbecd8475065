import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstRelevantRank, meanReciprocalRank, recallAtK } from './retrieval-metrics';

const ranks = [1, 3, null, 2];

describe('recallAtK(ranks, k)', () => {
	it('counts the queries found within the top k (hand-checked)', () => {
		expect(recallAtK(ranks, 1)).toBe(0.25);
		expect(recallAtK(ranks, 2)).toBe(0.5);
		expect(recallAtK(ranks, 3)).toBe(0.75);
		expect(recallAtK(ranks, 100)).toBe(0.75);
		expect(recallAtK([], 3)).toBe(0);
	});
	it('never falls as k grows, and ends at the share of queries found at all', () => {
		const rank = fc.option(fc.integer({ min: 1, max: 20 }), { nil: null });
		fc.assert(
			fc.property(fc.array(rank, { minLength: 1 }), fc.integer({ min: 1, max: 19 }), (rs, k) => {
				expect(recallAtK(rs, k + 1)).toBeGreaterThanOrEqual(recallAtK(rs, k));
				expect(recallAtK(rs, 20)).toBe(rs.filter((r) => r !== null).length / rs.length);
			})
		);
	});
});

describe('meanReciprocalRank(ranks)', () => {
	it('averages 1 / rank with a miss as 0 (hand-checked)', () => {
		// (1 + 1/3 + 0 + 1/2) / 4 = 11/24
		expect(meanReciprocalRank(ranks)).toBeCloseTo(11 / 24, 12);
		expect(meanReciprocalRank([])).toBe(0);
	});
	it('lies between recall@1 and recall@∞', () => {
		const rank = fc.option(fc.integer({ min: 1, max: 20 }), { nil: null });
		fc.assert(
			fc.property(fc.array(rank, { minLength: 1 }), (rs) => {
				const mrr = meanReciprocalRank(rs);
				expect(mrr).toBeGreaterThanOrEqual(recallAtK(rs, 1) - 1e-12);
				expect(mrr).toBeLessThanOrEqual(recallAtK(rs, 20) + 1e-12);
			})
		);
	});
});

describe('firstRelevantRank(order, relevant)', () => {
	it('gives the 1-based place of the first relevant item, or null', () => {
		expect(firstRelevantRank([4, 7, 2, 9], (i) => i % 2 === 0)).toBe(1);
		expect(firstRelevantRank([5, 7, 2, 9], (i) => i % 2 === 0)).toBe(3);
		expect(firstRelevantRank([5, 7], (i) => i % 2 === 0)).toBeNull();
	});
});
