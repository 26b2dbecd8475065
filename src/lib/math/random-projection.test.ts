import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { project, randomProjection } from './random-projection';

describe('randomProjection(inDim, outDim, seed)', () => {
	it('is the same for the same seed and differs for another', () => {
		const a = randomProjection(12, 4, 7);
		expect(randomProjection(12, 4, 7).weights).toEqual(a.weights);
		expect(randomProjection(12, 4, 8).weights).not.toEqual(a.weights);
		expect(a.weights).toHaveLength(48);
	});

	it('project(x) is x · E: a one-hot x picks a row of E (hand-checked)', () => {
		const E = randomProjection(3, 2, 1);
		expect(project([0, 1, 0], E)).toEqual([E.weights[2], E.weights[3]]);
		expect(project([2, 0, -1], E)).toEqual([
			2 * E.weights[0] - E.weights[4],
			2 * E.weights[1] - E.weights[5]
		]);
	});

	it('is linear: E(ax + y) = aEx + Ey', () => {
		const E = randomProjection(6, 3, 5);
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 6, maxLength: 6 }),
				fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 6, maxLength: 6 }),
				fc.double({ min: -3, max: 3, noNaN: true }),
				(x, y, a) => {
					const left = project(
						x.map((v, i) => a * v + y[i]),
						E
					);
					const px = project(x, E);
					const py = project(y, E);
					left.forEach((v, j) => expect(v).toBeCloseTo(a * px[j] + py[j], 9));
				}
			)
		);
	});

	it('keeps squared lengths on average (entries N(0, 1/d))', () => {
		// ‖xE‖² averaged over 200 seeds for a fixed unit x: mean 1, spread √(2/d) per draw.
		const x = new Array(64).fill(1 / 8);
		let sum = 0;
		for (let seed = 0; seed < 200; seed++) {
			sum += project(x, randomProjection(64, 16, seed)).reduce((a, v) => a + v * v, 0);
		}
		expect(sum / 200).toBeGreaterThan(0.9);
		expect(sum / 200).toBeLessThan(1.1);
	});

	it('rejects bad sizes and a vector of the wrong length', () => {
		expect(() => randomProjection(0, 3, 1)).toThrow(RangeError);
		expect(() => project([1, 2], randomProjection(3, 2, 1))).toThrow(RangeError);
	});
});
