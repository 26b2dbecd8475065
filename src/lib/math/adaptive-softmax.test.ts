import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	adaptiveProbabilities,
	adaptiveSoftmaxCost,
	clusterOf,
	cumulativeFrequencies,
	exactClusterScore,
	validCutoffs
} from './adaptive-softmax';
import { softmax } from './softmax';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);

describe('adaptiveSoftmaxCost(d, frequencies, cutoffs)', () => {
	it('counts a small case by hand', () => {
		// V = 10, d = 16, head = 2 words, tail 1 = ranks 2–5 (width 4), tail 2 = ranks 6–9 (width 1).
		const f = [0.4, 0.2, 0.1, 0.1, 0.05, 0.05, 0.04, 0.03, 0.02, 0.01];
		const cost = adaptiveSoftmaxCost(16, cumulativeFrequencies(f), [2, 6]);
		expect(cost.full).toBe(160);
		expect(cost.parts.map((p) => [p.start, p.end, p.dim])).toEqual([
			[0, 2, 16],
			[2, 6, 4],
			[6, 10, 1]
		]);
		// Head: 16 · (2 words + 2 clusters) = 64. Tail 1: 16·4 + 4·4 = 80, needed with p = 0.3.
		// Tail 2: 16·1 + 1·4 = 20, needed with p = 0.1. Expected 64 + 24 + 2 = 90.
		expect(cost.parts.map((p) => p.cost)).toEqual([64, 80, 20]);
		expect(cost.parts[1].mass).toBeCloseTo(0.3, 14);
		expect(cost.parts[2].mass).toBeCloseTo(0.1, 14);
		expect(cost.expected).toBeCloseTo(90, 12);
		expect(cost.speedup).toBeCloseTo(160 / 90, 12);
	});

	it('without cutoffs is the full softmax', () => {
		const cost = adaptiveSoftmaxCost(8, cumulativeFrequencies([0.5, 0.3, 0.2]), []);
		expect(cost.expected).toBe(cost.full);
		expect(cost.speedup).toBe(1);
	});

	it('the expected cost is the frequency-weighted mean of what each word’s token computes', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 40 }),
				fc.array(fc.integer({ min: 1, max: 39 }), { maxLength: 3 }),
				fc.integer({ min: 4, max: 512 }),
				(counts, cutoffs, d) => {
					const total = sum(counts);
					const f = counts.map((c) => c / total);
					const cost = adaptiveSoftmaxCost(d, cumulativeFrequencies(f), cutoffs);
					const cuts = validCutoffs(cutoffs, f.length);
					const perWord = f.map((_, r) => {
						const part = clusterOf(r, cuts);
						return cost.parts[0].cost + (part > 0 ? cost.parts[part].cost : 0);
					});
					const weighted = sum(perWord.map((c, r) => c * f[r]));
					return Math.abs(weighted - cost.expected) < 1e-9 * cost.full;
				}
			)
		);
	});
});

describe('cumulativeFrequencies(f)', () => {
	it('holds the running sums, from 0', () => {
		expect(Array.from(cumulativeFrequencies([0.5, 0.25, 0.25]))).toEqual([0, 0.5, 0.75, 1]);
	});
});

describe('validCutoffs and clusterOf', () => {
	it('drop unusable cutoffs and find a rank’s part', () => {
		expect(validCutoffs([0, 3, 3, 2, 7.4, 10, 12], 10)).toEqual([3, 7]);
		expect([0, 2, 3, 6, 7, 9].map((r) => clusterOf(r, [3, 7]))).toEqual([0, 0, 1, 1, 2, 2]);
	});
});

describe('adaptiveProbabilities(headScores, tailScores)', () => {
	it('is p(cluster) · p(word | cluster) for a tail word, by hand', () => {
		// Head: one word (score 0) and one cluster (score ln 3): p = 1/4 and 3/4.
		// Cluster: two words of scores 0 and ln 2: 1/3 and 2/3 of the cluster.
		const p = adaptiveProbabilities([0, Math.log(3)], [[0, Math.log(2)]]);
		expect(p[0]).toBeCloseTo(1 / 4, 14);
		expect(p[1]).toBeCloseTo(3 / 4 / 3, 14);
		expect(p[2]).toBeCloseTo((3 / 4) * (2 / 3), 14);
	});

	const scores = fc.array(fc.double({ min: -20, max: 20, noNaN: true }), {
		minLength: 1,
		maxLength: 8
	});

	it('sums to 1 whatever the scores', () => {
		fc.assert(
			fc.property(scores, fc.array(scores, { maxLength: 3 }), (head, tails) => {
				const clusterScores = tails.map((t) => t[0]);
				const p = adaptiveProbabilities([...head, ...clusterScores], tails);
				return (
					Math.abs(sum(p) - 1) < 1e-12 && p.length === head.length + sum(tails.map((t) => t.length))
				);
			})
		);
	});

	it('equals the flat softmax when each cluster’s score is the log-sum-exp of its words', () => {
		fc.assert(
			fc.property(scores, fc.array(scores, { maxLength: 3 }), (head, tails) => {
				const flat = softmax([...head, ...tails.flat()]);
				const p = adaptiveProbabilities([...head, ...tails.map(exactClusterScore)], tails);
				return p.every((x, i) => Math.abs(x - flat[i]) < 1e-12);
			})
		);
	});
});
