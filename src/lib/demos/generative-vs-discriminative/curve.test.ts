import { describe, expect, it } from 'vitest';
import { planeCurve } from './curve';

describe('planeCurve(dataset, covariance, seed, sizes, resamples)', () => {
	it('is the same for the same seed, and differs for another', () => {
		const a = planeCurve('gaussian', 'diagonal', 3, [2, 8], 4);
		expect(planeCurve('gaussian', 'diagonal', 3, [2, 8], 4)).toEqual(a);
		expect(planeCurve('gaussian', 'diagonal', 4, [2, 8], 4)).not.toEqual(a);
	});
	it('correlated features: naive Bayes levels off far below logistic regression (misspecified)', () => {
		const c = planeCurve('correlated', 'diagonal', 1, [128], 4);
		expect(c.discriminative.mean[0] - c.generative.mean[0]).toBeGreaterThan(0.1);
	});
	it('with the full covariance (the true model) both reach the same accuracy', () => {
		const c = planeCurve('correlated', 'full', 1, [128], 4);
		expect(Math.abs(c.discriminative.mean[0] - c.generative.mean[0])).toBeLessThan(0.01);
		expect(c.generative.low[0]).toBeLessThanOrEqual(c.generative.mean[0]);
		expect(c.generative.high[0]).toBeGreaterThanOrEqual(c.generative.mean[0]);
	});
});
