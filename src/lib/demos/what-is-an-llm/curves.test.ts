import { describe, expect, it } from 'vitest';
import { readings, smoothedLoss } from './curves';
import { powerLawFit } from './power-law';

describe('smoothedLoss', () => {
	it('averages the last `window` steps, fewer at the start', () => {
		const logs = [4, 2, 6, 8].map((loss) => ({ loss }));
		expect(smoothedLoss(logs, 2)).toEqual([
			[1, 4],
			[2, 3],
			[3, 4],
			[4, 7]
		]);
	});
});

describe('readings', () => {
	it('lists step 0 and every step with a reading, newest first', () => {
		const logs = [{ loss: 5 }, { loss: 4, heldOut: 4.5, sample: 'the' }, { loss: 3 }];
		expect(readings({ heldOut: 6.2, sample: 'x' }, logs)).toEqual([
			{ step: 2, heldOut: 4.5, sample: 'the' },
			{ step: 0, heldOut: 6.2, sample: 'x' }
		]);
	});
});

describe('powerLawFit', () => {
	it('recovers y = 3·x^−0.5 exactly', () => {
		const fit = powerLawFit([1, 10, 100, 1000].map((x) => [x, 3 * x ** -0.5] as const));
		expect(fit.b).toBeCloseTo(-0.5, 12);
		expect(fit.a).toBeCloseTo(3, 12);
	});
	it('refuses fewer than two points or one x', () => {
		expect(() => powerLawFit([[1, 1]])).toThrow();
		expect(() =>
			powerLawFit([
				[2, 1],
				[2, 3]
			])
		).toThrow();
	});
});
