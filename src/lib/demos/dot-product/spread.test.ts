import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meanMaxWeight, poolScores, saturationCurve, vectorPool, type VectorPool } from './spread';
import { mean, standardDeviation } from '$lib/math/stats';

const tiny: VectorPool = {
	queries: [Float64Array.from([1, 2, 3])],
	keys: [Float64Array.from([4, 5, 6]), Float64Array.from([-1, 0, 1])]
};

describe('vectorPool(seed, queries, keys)', () => {
	it('is the same for the same seed and differs for another', () => {
		expect(vectorPool(7, 2, 3, 8)).toEqual(vectorPool(7, 2, 3, 8));
		expect(vectorPool(7, 2, 3, 8).keys[0]).not.toEqual(vectorPool(8, 2, 3, 8).keys[0]);
	});
	it('has unit-variance entries', () => {
		const pool = vectorPool(1, 64, 16);
		const all = [...pool.queries, ...pool.keys].flatMap((v) => Array.from(v));
		expect(Math.abs(mean(all))).toBeLessThan(0.02);
		expect(standardDeviation(all)).toBeCloseTo(1, 1);
	});
});

describe('poolScores(pool, dk)', () => {
	it('sums the first dk products', () => {
		expect(poolScores(tiny, 1)).toEqual([[4, -1]]);
		expect(poolScores(tiny, 2)).toEqual([[14, -1]]);
		expect(poolScores(tiny, 3)).toEqual([[32, 2]]);
	});
	it('spreads like √d_k: the standard deviation of q·k is close to √d_k', () => {
		const pool = vectorPool(3, 128, 16);
		for (const dk of [4, 64, 512]) {
			const std = standardDeviation(poolScores(pool, dk).flat());
			expect(std / Math.sqrt(dk)).toBeGreaterThan(0.9);
			expect(std / Math.sqrt(dk)).toBeLessThan(1.1);
		}
	});
});

describe('meanMaxWeight(scores, factor)', () => {
	it('averages the largest softmax weight per row', () => {
		expect(meanMaxWeight([[0, 0]])).toBeCloseTo(0.5, 12);
		expect(meanMaxWeight([[Math.log(3), 0]])).toBeCloseTo(0.75, 12);
		expect(
			meanMaxWeight([
				[0, 0],
				[Math.log(3), 0]
			])
		).toBeCloseTo(0.625, 12);
		expect(meanMaxWeight([[2 * Math.log(3), 0]], 0.5)).toBeCloseTo(0.75, 12);
		expect(meanMaxWeight([])).toBe(0);
	});
});

describe('saturationCurve(pool, dks)', () => {
	it('matches a direct computation at every d_k', () => {
		fc.assert(
			fc.property(fc.integer(), fc.uniqueArray(fc.integer({ min: 1, max: 40 })), (seed, dks) => {
				const pool = vectorPool(seed, 3, 4, 40);
				const sorted = [...dks].sort((a, b) => a - b);
				const curve = saturationCurve(pool, sorted);
				curve.forEach((point, i) => {
					const scores = poolScores(pool, sorted[i]);
					expect(point.dk).toBe(sorted[i]);
					expect(point.unscaled).toBeCloseTo(meanMaxWeight(scores), 10);
					expect(point.scaled).toBeCloseTo(meanMaxWeight(scores, 1 / Math.sqrt(sorted[i])), 10);
				});
			})
		);
	});
	it('saturates without the scaling and not with it', () => {
		const [one, big] = saturationCurve(vectorPool(1, 128, 16), [1, 512]);
		expect(one.scaled).toBe(one.unscaled);
		expect(big.unscaled).toBeGreaterThan(0.9);
		expect(big.scaled).toBeLessThan(0.5);
	});
});
