import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { association, weat } from './weat';

const r = Math.SQRT1_2;

describe('association', () => {
	it('is the mean cosine to A minus the mean cosine to B', () => {
		// cos((1,1)/√2, (1,0)) = cos(…, (0,1)) = 1/√2; cos(…, (−1,0)) = −1/√2.
		expect(association([1, 1], [[1, 0]], [[0, 1]])).toBeCloseTo(0, 12);
		expect(
			association(
				[1, 1],
				[
					[1, 0],
					[0, 1]
				],
				[[-1, 0]]
			)
		).toBeCloseTo(r + r, 12);
	});
});

describe('weat', () => {
	// Hand-checked: A = {(1,0)}, B = {(0,1)}; s(x₁) = 1, s(x₂) = 0, s(y₁) = −1, s(y₂) = −1.
	const X = [
		[1, 0],
		[1, 1]
	];
	const Y = [
		[0, 1],
		[-1, 0]
	];
	const A = [[1, 0]];
	const B = [[0, 1]];

	it('matches the paper’s definition on a hand-checked example', () => {
		const w = weat(X, Y, A, B);
		expect(w.sX[0]).toBeCloseTo(1, 12);
		expect(w.sX[1]).toBeCloseTo(0, 12);
		expect(w.sY[0]).toBeCloseTo(-1, 12);
		expect(w.sY[1]).toBeCloseTo(-1, 12);
		// Σ sX − Σ sY = 1 − (−2) = 3.
		expect(w.statistic).toBeCloseTo(3, 12);
		// Means 0.5 and −1; sample sd of {1, 0, −1, −1} = √(2.75 / 3) = 0.957427…
		expect(w.effectSize).toBeCloseTo(1.5 / Math.sqrt(2.75 / 3), 12);
		expect(w.effectSize).toBeCloseTo(1.566699, 5);
		// The 6 partitions give statistics 3, 1, 1, −1, −1, −3: none is above 3.
		expect(w.partitions).toBe(6);
		expect(w.pValue).toBe(0);
	});

	it('flips the sign of d and s when X and Y swap', () => {
		const w = weat(Y, X, A, B);
		expect(w.effectSize).toBeCloseTo(-1.566699, 5);
		// Five of the six partitions lie above −3.
		expect(w.pValue).toBeCloseTo(5 / 6, 12);
	});

	it('gives NaN, not a number, when every word is equally associated', () => {
		expect(weat([[1, 1]], [[2, 2]], A, B).effectSize).toBeNaN();
	});

	it('keeps |d| ≤ √3 with two words a side (reached when each side agrees within itself)', () => {
		// With no spread inside X and inside Y, the sample variance of all four is gap² / 3.
		expect(
			weat(
				[
					[1, 0],
					[1, 0]
				],
				[
					[0, 1],
					[0, 1]
				],
				A,
				B
			).effectSize
		).toBeCloseTo(Math.sqrt(3), 12);
		const vec = fc.tuple(
			fc.double({ min: -1, max: 1, noNaN: true }),
			fc.double({ min: 0.1, max: 1, noNaN: true })
		);
		fc.assert(
			fc.property(fc.array(vec, { minLength: 4, maxLength: 4 }), (ws) => {
				const w = weat(ws.slice(0, 2), ws.slice(2), A, B);
				const bounded = Number.isNaN(w.effectSize) || Math.abs(w.effectSize) <= Math.sqrt(3) + 1e-9;
				return bounded && w.pValue >= 0 && w.pValue <= 1 && w.partitions === 6;
			})
		);
	});

	it('refuses an empty target set', () => {
		expect(() => weat([], Y, A, B)).toThrow(/empty/);
	});
});
