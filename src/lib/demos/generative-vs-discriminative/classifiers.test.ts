import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gaussianLogOdds, type Point2 } from '$lib/math/gaussian-discriminant';
import { accuracyOf, fitPair, side } from './classifiers';

const classes: Point2[][] = [
	[
		[-1, -1],
		[-2, 0],
		[-1.5, 0.5]
	],
	[
		[1, 1],
		[2, 0.5],
		[0.5, 2]
	]
];

describe('fitPair(classes, covariance)', () => {
	it('the generative line is the model’s log-odds everywhere (they are linear)', () => {
		const pair = fitPair(classes, 'full');
		fc.assert(
			fc.property(
				fc.double({ min: -4, max: 4, noNaN: true }),
				fc.double({ min: -4, max: 4, noNaN: true }),
				(x, y) => {
					const { w, b } = pair.generativeLine;
					return Math.abs(w[0] * x + w[1] * y + b - gaussianLogOdds(pair.generative, x, y)) < 1e-9;
				}
			),
			{ seed: 9 }
		);
	});
	it('both separate two clearly separated clouds', () => {
		for (const cov of ['full', 'diagonal'] as const) {
			const pair = fitPair(classes, cov);
			expect(accuracyOf(pair.generativeLine, classes)).toBe(1);
			expect(accuracyOf(pair.discriminative, classes)).toBe(1);
		}
	});
	it('side() is 1 on the positive side of w·x + b', () => {
		expect(side({ w: [1, 0], b: -1 }, [2, 0])).toBe(1);
		expect(side({ w: [1, 0], b: -1 }, [0, 5])).toBe(0);
	});
});
