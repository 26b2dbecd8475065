import { describe, expect, it } from 'vitest';
import { smoothLosses, suggestRate } from './lr-range-test';
import { exponentialRate } from './lr-schedule';

describe('smoothLosses', () => {
	it('is bias-corrected: a constant stays constant; a step is followed with lag', () => {
		expect(smoothLosses([2, 2, 2], 0.9).map((x) => +x.toFixed(12))).toEqual([2, 2, 2]);
		// (0.1·1 + 0.09·... ) second value: (0.9·0.1·1 + 0.1·3) / (1 − 0.81) = 0.39 / 0.19.
		expect(smoothLosses([1, 3], 0.9)[1]).toBeCloseTo(0.39 / 0.19, 14);
	});
});

describe('suggestRate', () => {
	const steps = 100;
	const lrs = Array.from({ length: steps }, (_, t) => exponentialRate(t, 1e-4, 10, steps));

	it('finds the steepest fall of a clean sigmoid-shaped curve, before the blow-up', () => {
		// Loss falls fastest at lr = 1e-2 (log-lr centre of a logistic), then explodes past 1.
		const losses = lrs.map(
			(lr) => 1 - 0.8 / (1 + Math.exp(-3 * Math.log(lr / 1e-2))) + (lr > 1 ? 50 * (lr - 1) : 0)
		);
		const s = suggestRate(lrs, losses, { beta: 0.5, window: 2 });
		expect(s.lr).toBeGreaterThan(0.005);
		expect(s.lr).toBeLessThan(0.03);
		expect(lrs[s.divergedAt]).toBeGreaterThan(1);
		expect(s.lowest).toBeLessThan(s.divergedAt);
	});

	it('gives no rate when the loss never falls', () => {
		const s = suggestRate(
			lrs,
			lrs.map(() => 1)
		);
		expect(s.index).toBe(-1);
		expect(s.lr).toBeNaN();
	});

	it('stops at a non-finite loss', () => {
		const losses = lrs.map((_, i) => (i < 50 ? 1 - i / 100 : Infinity));
		expect(suggestRate(lrs, losses).divergedAt).toBe(50);
	});
});
