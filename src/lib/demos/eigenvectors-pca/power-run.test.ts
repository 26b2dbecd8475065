import { describe, expect, it } from 'vitest';
import { pca } from '$lib/math/pca';
import { meanAndCovariance } from '$lib/math/covariance';
import { powerRun } from './power-run';

describe('powerRun(covariance, fit, startDegrees, steps)', () => {
	const points = [
		[0, 0],
		[2, 0],
		[0, 4],
		[2, 4]
	];
	const { covariance } = meanAndCovariance(points);
	const fit = pca(points);

	it('on variances 4/3 (x) and 16/3 (y) from 45°: tan θ falls by 4 each step, as predicted', () => {
		const rows = powerRun(covariance, fit, 45, 3);
		expect(rows.map((r) => r.k)).toEqual([0, 1, 2, 3]);
		const tans = rows.map((r) => Math.tan((r.angle * Math.PI) / 180));
		expect(tans[0]).toBeCloseTo(1, 12);
		expect(tans[1]).toBeCloseTo(1 / 4, 12);
		expect(tans[3]).toBeCloseTo(1 / 64, 12);
		rows.forEach((r) => expect(r.angle).toBeCloseTo(r.predicted, 10));
		// b₃ ∝ (1, 64): (4/3 · 1 + 16/3 · 4096) / 4097 = 16/3 − 4/4097, just under λ₁.
		expect(rows[3].rayleigh).toBeCloseTo(16 / 3 - 4 / 4097, 12);
	});

	it('from a start at right angles to the first component, never turns', () => {
		const rows = powerRun(covariance, fit, 0, 5);
		expect(rows.every((r) => Math.abs(r.angle - 90) < 1e-9)).toBe(true);
		expect(rows[5].rayleigh).toBeCloseTo(4 / 3, 12);
	});
});
