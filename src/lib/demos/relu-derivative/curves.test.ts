import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVATION_NAMES, activationDerivative } from '$lib/math/activation';
import { autodiffDerivative, curve, X_RANGE } from './curves';

describe('curve(name, which, alpha)', () => {
	it('samples X_RANGE evenly with 0 exactly among the points', () => {
		const pts = curve('tanh', 'f', 0.01, 8);
		expect(pts.map(([x]) => x)).toEqual([-4, -3, -2, -1, 0, 1, 2, 3, 4]);
		expect(pts[4][1]).toBe(0);
		expect(pts[5][1]).toBeCloseTo(Math.tanh(1), 15);
	});

	it('breaks ReLU′ after x = 0 (0 stays with the left piece) and joins ReLU itself', () => {
		const df = curve('relu', 'df', 0.01, 8);
		expect(df).toHaveLength(10);
		expect(df[4]).toEqual([0, 0]);
		expect(Number.isNaN(df[5][1])).toBe(true);
		expect(df[6]).toEqual([1, 1]);
		expect(curve('relu', 'f', 0.01, 8).some(([, y]) => Number.isNaN(y))).toBe(false);
	});

	it('leaky ReLU′ takes α on the left and at 0', () => {
		const df = curve('leakyRelu', 'df', 0.2, 4);
		expect(df.map(([, y]) => y)).toEqual([0.2, 0.2, 0.2, NaN, 1, 1]);
		expect(curve('gelu', 'df', 0.2, 4)).toHaveLength(5);
	});

	it('ends at the range ends', () => {
		const pts = curve('sigmoid', 'df', 0.01);
		expect(pts[0][0]).toBe(X_RANGE[0]);
		expect(pts.at(-1)![0]).toBe(X_RANGE[1]);
	});
});

describe('autodiffDerivative(name, x, alpha)', () => {
	it('agrees with the closed form for every activation, kinks included', () => {
		for (const name of ACTIVATION_NAMES) {
			for (const x of [-3, -0.5, 0, 0.5, 3]) {
				expect(autodiffDerivative(name, x, 0.1)).toBeCloseTo(
					activationDerivative(name, x, 0.1),
					12
				);
			}
		}
		expect(autodiffDerivative('relu', 0, 0.01)).toBe(0);
		expect(autodiffDerivative('leakyRelu', 0, 0.3)).toBeCloseTo(0.3, 15);
	});

	it('agrees at random points and slopes', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...ACTIVATION_NAMES),
				fc.double({ min: -8, max: 8, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(name, x, alpha) => {
					const a = autodiffDerivative(name, x, alpha);
					expect(Math.abs(a - activationDerivative(name, x, alpha))).toBeLessThan(1e-12);
				}
			)
		);
	});
});
