import { describe, expect, it } from 'vitest';
import { accuracyByK, splitFor } from '$lib/engines/topic-classifier';
import { seedCurves } from './seed-curves';

describe('seedCurves', () => {
	it('averages the curves of seeds 1…n and brackets them', () => {
		const items = Array.from({ length: 30 }, (_, i) => ({
			label: i % 3,
			vector: [i % 3 === 0 ? 1 : 0.1 * (i % 5), i % 3 === 1 ? 1 : 0.2, i % 3 === 2 ? 1 : 0.3]
		}));
		const descriptions = [
			[1, 0, 0],
			[0, 1, 0],
			[0, 0, 1]
		];
		const { mean, low, high } = seedCurves(items, 3, descriptions, false, 3);
		const curves = [1, 2, 3].map((s) =>
			accuracyByK(items, splitFor(items, 3, s), descriptions, false)
		);
		mean.forEach((m, k) => {
			expect(m).toBeCloseTo((curves[0][k] + curves[1][k] + curves[2][k]) / 3, 12);
			expect(low[k]).toBeLessThanOrEqual(m);
			expect(high[k]).toBeGreaterThanOrEqual(m);
		});
		expect(mean.length).toBe(11);
	});
});
