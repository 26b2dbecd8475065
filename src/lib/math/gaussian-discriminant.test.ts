import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	fitGaussianClasses,
	gaussianLogOdds,
	gaussianPosterior,
	logGaussianDensity,
	sampleGaussian,
	type ClassGaussian,
	type Point2
} from './gaussian-discriminant';
import { createRng } from './rng';

const unit = (mean: [number, number], prior: number): ClassGaussian => ({
	prior,
	mean,
	covariance: [
		[1, 0],
		[0, 1]
	]
});

describe('fitGaussianClasses(points, labels, classes, options)', () => {
	// Class 0: (0,0), (2,2), (1,4); mean (1, 2); deviations (−1,−2), (1,0), (0,2).
	// sxx = (1 + 1 + 0)/3 = 2/3, syy = (4 + 0 + 4)/3 = 8/3, sxy = (2 + 0 + 0)/3 = 2/3.
	const points: Point2[] = [
		[0, 0],
		[2, 2],
		[1, 4],
		[5, 5]
	];
	const labels = [0, 0, 0, 1];
	it('hand-worked: priors 3/4 and 1/4, mean (1, 2), MLE covariance [[2/3, 2/3], [2/3, 8/3]]', () => {
		const [a, b] = fitGaussianClasses(points, labels, 2, { covariance: 'full', ridge: 0 });
		expect(a.prior).toBeCloseTo(0.75, 12);
		expect(b.prior).toBeCloseTo(0.25, 12);
		expect(a.mean[0]).toBeCloseTo(1, 12);
		expect(a.mean[1]).toBeCloseTo(2, 12);
		expect(a.covariance[0][0]).toBeCloseTo(2 / 3, 12);
		expect(a.covariance[0][1]).toBeCloseTo(2 / 3, 12);
		expect(a.covariance[1][1]).toBeCloseTo(8 / 3, 12);
		expect(b.mean).toEqual([5, 5]);
	});
	it('diagonal (naive Bayes) drops the correlation; ridge adds to the variances only', () => {
		const [a] = fitGaussianClasses(points, labels, 2, { covariance: 'diagonal', ridge: 0.1 });
		expect(a.covariance[0][1]).toBe(0);
		expect(a.covariance[1][0]).toBe(0);
		expect(a.covariance[0][0]).toBeCloseTo(2 / 3 + 0.1, 12);
		expect(a.covariance[1][1]).toBeCloseTo(8 / 3 + 0.1, 12);
	});
	it('throws for a class without points', () => {
		expect(() =>
			fitGaussianClasses(points, [0, 0, 0, 0], 2, { covariance: 'full', ridge: 0 })
		).toThrow(/class 1/);
	});
});

describe('logGaussianDensity(g, x, y)', () => {
	it('at the mean of N(0, I): −log 2π', () => {
		expect(logGaussianDensity(unit([0, 0], 1), 0, 0)).toBeCloseTo(-Math.log(2 * Math.PI), 12);
	});
	it('N(0, [[2, 1], [1, 2]]) at (1, 0): det 3, Mahalanobis 2/3 → −log 2π − ½ log 3 − 1/3', () => {
		const g: ClassGaussian = {
			prior: 1,
			mean: [0, 0],
			covariance: [
				[2, 1],
				[1, 2]
			]
		};
		expect(logGaussianDensity(g, 1, 0)).toBeCloseTo(
			-Math.log(2 * Math.PI) - 0.5 * Math.log(3) - 1 / 3,
			12
		);
	});
	it('integrates to 1 over the plane (a fine grid)', () => {
		const g: ClassGaussian = {
			prior: 1,
			mean: [0.5, -0.3],
			covariance: [
				[1.2, 0.7],
				[0.7, 0.9]
			]
		};
		const h = 0.05;
		let total = 0;
		for (let x = -8; x <= 8; x += h)
			for (let y = -8; y <= 8; y += h) total += Math.exp(logGaussianDensity(g, x, y)) * h * h;
		expect(total).toBeCloseTo(1, 4);
	});
});

describe('gaussianPosterior(model, x, y)', () => {
	it('hand-worked: N(0, I) and N((2, 0), I), equal priors, at the origin: 1/(1 + e²) for class 1', () => {
		// log p(x | 1) − log p(x | 0) = −½·4 + 0 = −2.
		const [p0, p1] = gaussianPosterior([unit([0, 0], 0.5), unit([2, 0], 0.5)], 0, 0);
		expect(p1).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
		expect(p0 + p1).toBeCloseTo(1, 12);
	});
	it('halfway between equal densities the priors decide: 0.25 / 0.75', () => {
		const [p0, p1] = gaussianPosterior([unit([0, 0], 0.25), unit([2, 0], 0.75)], 1, 0);
		expect(p0).toBeCloseTo(0.25, 12);
		expect(p1).toBeCloseTo(0.75, 12);
	});
	it('sums to 1 everywhere, even far out where the densities underflow', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -1e3, max: 1e3, noNaN: true }),
				fc.double({ min: -1e3, max: 1e3, noNaN: true }),
				(x, y) => {
					const p = gaussianPosterior([unit([0, 0], 0.3), unit([1, 1], 0.7)], x, y);
					return Math.abs(p[0] + p[1] - 1) < 1e-12 && p.every((v) => v >= 0 && v <= 1);
				}
			),
			{ seed: 4 }
		);
	});
});

describe('sampleGaussian(g, rng)', () => {
	it('20,000 draws have the mean and covariance asked for (within sampling error)', () => {
		const g: ClassGaussian = {
			prior: 1,
			mean: [1, -2],
			covariance: [
				[2, -0.9],
				[-0.9, 0.8]
			]
		};
		const rng = createRng(11);
		const draws = Array.from({ length: 20_000 }, () => sampleGaussian(g, rng));
		const [fit] = fitGaussianClasses(
			draws,
			draws.map(() => 0),
			1,
			{ covariance: 'full', ridge: 0 }
		);
		expect(fit.mean[0]).toBeCloseTo(1, 1);
		expect(fit.mean[1]).toBeCloseTo(-2, 1);
		expect(fit.covariance[0][0]).toBeCloseTo(2, 1);
		expect(fit.covariance[0][1]).toBeCloseTo(-0.9, 1);
		expect(fit.covariance[1][1]).toBeCloseTo(0.8, 1);
	});
	it('the same seed gives the same point', () => {
		const g = unit([0, 0], 1);
		expect(sampleGaussian(g, createRng(3))).toEqual(sampleGaussian(g, createRng(3)));
	});
});

describe('fitGaussianClasses(…, { shared: true }) (linear discriminant analysis)', () => {
	// Class 0: (0,0), (2,0): mean (1,0), scatter [[2,0],[0,0]]. Class 1: (0,1), (0,3): mean (0,2),
	// scatter [[0,0],[0,2]]. Pooled: scatter sum / 4 = [[0.5, 0], [0, 0.5]].
	const points: Point2[] = [
		[0, 0],
		[2, 0],
		[0, 1],
		[0, 3]
	];
	const labels = [0, 0, 1, 1];
	it('hand-worked: both classes get the pooled covariance [[0.5, 0], [0, 0.5]] (+ ridge)', () => {
		const model = fitGaussianClasses(points, labels, 2, {
			covariance: 'full',
			shared: true,
			ridge: 0.1
		});
		for (const g of model) {
			expect(g.covariance[0][0]).toBeCloseTo(0.6, 12);
			expect(g.covariance[1][1]).toBeCloseTo(0.6, 12);
			expect(g.covariance[0][1]).toBeCloseTo(0, 12);
		}
		expect(model[1].mean).toEqual([0, 2]);
	});
	it('gives a linear log-odds: equal steps in x add equal amounts', () => {
		const model = fitGaussianClasses(points, labels, 2, {
			covariance: 'full',
			shared: true,
			ridge: 0.1
		});
		fc.assert(
			fc.property(
				fc.double({ min: -5, max: 5, noNaN: true }),
				fc.double({ min: -5, max: 5, noNaN: true }),
				(x, y) => {
					const second =
						gaussianLogOdds(model, x + 2, y + 1) -
						2 * gaussianLogOdds(model, x + 1, y + 0.5) +
						gaussianLogOdds(model, x, y);
					return Math.abs(second) < 1e-9;
				}
			),
			{ seed: 8 }
		);
	});
	it('gaussianLogOdds is the log of the posterior ratio', () => {
		const model = fitGaussianClasses(points, labels, 2, { covariance: 'diagonal', ridge: 0.1 });
		const [p0, p1] = gaussianPosterior(model, 0.7, 1.3);
		expect(gaussianLogOdds(model, 0.7, 1.3)).toBeCloseTo(Math.log(p1 / p0), 10);
	});
});
