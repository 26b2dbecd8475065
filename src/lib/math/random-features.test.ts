import { describe, expect, it } from 'vitest';
import {
	featureRow,
	fitRandomFeatures,
	randomFeatures,
	randomFeaturesValue,
	testErrorByWidth
} from './random-features';
import { createRng, randomNormal } from './rng';

/** n noisy samples of sin(πx) on a jittered grid, and a noise-free test grid. */
function data(seed: number, n: number) {
	const rng = createRng(seed);
	const xs = Array.from({ length: n }, (_, i) => -1 + (2 * (i + 0.2 + 0.6 * rng())) / n);
	const ys = xs.map((x) => Math.sin(Math.PI * x) + 0.3 * randomNormal(rng));
	const testXs = Array.from({ length: 201 }, (_, i) => -1 + i / 100);
	return { train: { xs, ys }, test: { xs: testXs, ys: testXs.map((x) => Math.sin(Math.PI * x)) } };
}

describe('random features', () => {
	it('are the same from the same seed, and √(2/p)·cos(ωx + b)', () => {
		const f = randomFeatures(5, 3);
		expect(randomFeatures(5, 3)).toEqual(f);
		expect(randomFeatures(5, 4)).not.toEqual(f);
		featureRow(f, 0.3).forEach((v, j) =>
			expect(v).toBeCloseTo(Math.sqrt(2 / 5) * Math.cos(f.w[j] * 0.3 + f.b[j]), 14)
		);
	});

	it('interpolate the training points once p > n, with the minimum-norm weights', () => {
		const { train } = data(1, 10);
		const f = randomFeatures(40, 7);
		const w = fitRandomFeatures(f, train.xs, train.ys);
		train.xs.forEach((x, i) => expect(randomFeaturesValue(f, w, x)).toBeCloseTo(train.ys[i], 8));
		// Minimum norm: adding any null-space direction only lengthens w. A random direction,
		// projected off the rows, is one.
		const rows = train.xs.map((x) => featureRow(f, x));
		const rng = createRng(2);
		const d = Array.from({ length: 40 }, () => randomNormal(rng));
		const longer = fitRandomFeatures(
			f,
			train.xs,
			rows.map((r) => r.reduce((s, a, j) => s + a * d[j], 0))
		);
		const nullDir = d.map((v, j) => v - longer[j]);
		const moved = w.map((v, j) => v + 0.1 * nullDir[j]);
		expect(Math.hypot(...moved)).toBeGreaterThan(Math.hypot(...w));
	});

	it('double descent: on a fixed seed, test error peaks near p = n and falls again past it', () => {
		const n = 20;
		const { train, test } = data(5, n);
		const widths = [2, 5, 10, 14, 17, 19, 20, 21, 23, 26, 30, 40, 60, 100, 200];
		const errors = testErrorByWidth(train, test, widths, 11, 5);
		const peak = widths[errors.indexOf(Math.max(...errors))];
		expect(Math.abs(peak - n)).toBeLessThanOrEqual(2);
		const under = Math.min(...errors.filter((_, i) => widths[i] < n));
		const widest = errors.at(-1)!;
		// The peak towers over both sides, and the second descent ends below the classical best.
		expect(Math.max(...errors)).toBeGreaterThan(20 * under);
		expect(Math.max(...errors)).toBeGreaterThan(20 * widest);
		expect(widest).toBeLessThan(under);
	});
});
