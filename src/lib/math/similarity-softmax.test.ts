import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestClass, cosineSimilarities, similaritySoftmax } from './similarity-softmax';

describe('similaritySoftmax(v, prototypes, T)', () => {
	it('takes cosines, then a softmax at T (hand-checked)', () => {
		// cos((1,0), (1,0)) = 1, cos((1,0), (0,2)) = 0, cos((1,0), (−1,1)) = −1/√2.
		const { similarities, probabilities, best } = similaritySoftmax(
			[1, 0],
			[
				[1, 0],
				[0, 2],
				[-1, 1]
			],
			0.5
		)!;
		expect(similarities[0]).toBeCloseTo(1, 12);
		expect(similarities[1]).toBeCloseTo(0, 12);
		expect(similarities[2]).toBeCloseTo(-Math.SQRT1_2, 12);
		const e = [Math.exp(2), 1, Math.exp(-Math.SQRT2)];
		const z = e[0] + e[1] + e[2];
		expect(probabilities[0]).toBeCloseTo(e[0] / z, 12); // 0.8495…
		expect(probabilities[1]).toBeCloseTo(e[1] / z, 12);
		expect(probabilities[2]).toBeCloseTo(e[2] / z, 12);
		expect(best).toBe(0);
	});

	it('gives a missing prototype probability 0, and nothing when all are missing', () => {
		const scores = similaritySoftmax([1, 1], [undefined, [2, 2]], 1)!;
		expect(scores.similarities[0]).toBe(-Infinity);
		expect(scores.probabilities).toEqual([0, 1]);
		expect(scores.best).toBe(1);
		expect(similaritySoftmax([1, 1], [undefined, undefined], 1)).toBeUndefined();
	});

	// Tenths, not any double: subnormal coordinates make |v| underflow and the cosine meaningless.
	const vec = fc.array(
		fc.integer({ min: -50, max: 50 }).map((x) => x / 10),
		{ minLength: 3, maxLength: 3 }
	);
	it('sums to 1, ranks like the cosines, and sharpens as T falls', () => {
		fc.assert(
			fc.property(
				vec,
				fc.array(vec, { minLength: 2, maxLength: 6 }),
				fc.double({ min: 0.02, max: 2, noNaN: true }),
				(v, prototypes, T) => {
					const hot = similaritySoftmax(v, prototypes, T)!;
					const cold = similaritySoftmax(v, prototypes, T / 2)!;
					expect(hot.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
					expect(hot.similarities.every((s) => s >= -1 - 1e-12 && s <= 1 + 1e-12)).toBe(true);
					const top = hot.best;
					expect(hot.probabilities[top]).toBe(Math.max(...hot.probabilities));
					expect(cold.probabilities[top]).toBeGreaterThanOrEqual(hot.probabilities[top] - 1e-12);
				}
			)
		);
	});

	it('does not depend on the prototypes’ lengths', () => {
		const a = similaritySoftmax(
			[1, 2],
			[
				[3, 1],
				[0, 1]
			],
			0.1
		)!;
		const b = similaritySoftmax(
			[10, 20],
			[
				[30, 10],
				[0, 0.01]
			],
			0.1
		)!;
		a.probabilities.forEach((p, i) => expect(b.probabilities[i]).toBeCloseTo(p, 12));
	});
});

describe('cosineSimilarities and bestClass', () => {
	it('take the first of tied best similarities', () => {
		expect(
			bestClass(
				cosineSimilarities(
					[1, 0],
					[
						[1, 1],
						[2, 2],
						[1, -1]
					]
				)
			)
		).toBe(0);
		expect(bestClass([])).toBe(-1);
		expect(bestClass([-Infinity, 0.3, 0.3])).toBe(1);
	});
});
