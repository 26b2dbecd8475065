import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pluralityVoteAccuracy, pluralityWinShares, simulateVotes } from './plurality-vote';
import { createRng } from './rng';

/** Majority of n votes between the right answer and one wrong one, a tie won half the time. */
function binomialMajority(q: number, n: number): number {
	let total = 0;
	let choose = 1;
	for (let c = 0; c <= n; c++) {
		if (c > 0) choose = (choose * (n - c + 1)) / c;
		const pc = choose * q ** c * (1 - q) ** (n - c);
		if (2 * c > n) total += pc;
		else if (2 * c === n) total += pc / 2;
	}
	return total;
}

describe('pluralityWinShares(n, m)', () => {
	it('gives the right answer’s chance to win with c of n votes (hand-checked, n = 3, m = 2)', () => {
		// c = 1: the two wrong votes split (½), a three-way tie won a third of the time.
		const shares = pluralityWinShares(3, 2);
		expect([...shares].map((x) => x.toFixed(12))).toEqual(
			[0, 1 / 6, 1, 1].map((x) => x.toFixed(12))
		);
	});
});

describe('pluralityVoteAccuracy(q, n, m)', () => {
	it('matches hand-checked cases', () => {
		// One wrong answer, 3 votes, q = 0.6: P(c ≥ 2) = 3 · 0.36 · 0.4 + 0.216 = 0.648.
		expect(pluralityVoteAccuracy(0.6, 3, 1)).toBeCloseTo(0.648, 12);
		// 2 votes: both right 0.36, a 1–1 tie 0.48 won half the time: 0.6.
		expect(pluralityVoteAccuracy(0.6, 2, 1)).toBeCloseTo(0.6, 12);
		// Two wrong answers, 3 votes, q = 0.5: 0.125 + 0.375 + 0.375 · ½ · ⅓ (a three-way tie).
		expect(pluralityVoteAccuracy(0.5, 3, 2)).toBeCloseTo(0.5625, 12);
		// One vote is one chain.
		expect(pluralityVoteAccuracy(0.37, 1, 5)).toBeCloseTo(0.37, 12);
	});
	it('with one wrong answer is the binomial majority formula', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.integer({ min: 1, max: 25 }),
				(q, n) => {
					expect(pluralityVoteAccuracy(q, n, 1)).toBeCloseTo(binomialMajority(q, n), 10);
				}
			)
		);
	});
	it('does not fall when wrong answers spread over more values', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.05, max: 0.95, noNaN: true }),
				fc.integer({ min: 1, max: 15 }),
				fc.integer({ min: 1, max: 8 }),
				(q, n, m) => {
					expect(pluralityVoteAccuracy(q, n, m + 1)).toBeGreaterThanOrEqual(
						pluralityVoteAccuracy(q, n, m) - 1e-12
					);
				}
			)
		);
	});
	it('agrees with seeded simulated votes within four standard errors', () => {
		const trials = 20_000;
		for (const [q, n, m] of [
			[0.4, 5, 3],
			[0.3, 11, 8],
			[0.6, 4, 2],
			[0.2, 21, 10]
		]) {
			const exact = pluralityVoteAccuracy(q, n, m);
			const se = Math.sqrt((exact * (1 - exact)) / trials);
			expect(Math.abs(simulateVotes(q, n, m, trials, createRng(11)) - exact)).toBeLessThan(
				4 * se + 1e-9
			);
		}
	});
});
