import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auc, confusionAt, rocCurve } from './roc';

// Positives score 0.9, 0.8, 0.6; negatives 0.7, 0.55, 0.4. Of the 9 (positive, negative) pairs
// the positive wins 8: all but 0.6 < 0.7.
const scores = [0.9, 0.8, 0.7, 0.6, 0.55, 0.4];
const labels = [true, true, false, true, false, false];

describe('rocCurve(scores, labels)', () => {
	it('steps up for a positive and right for a negative, hand-checked', () => {
		expect(rocCurve(scores, labels).map((p) => [p.threshold, p.fpr, p.tpr])).toEqual([
			[Infinity, 0, 0],
			[0.9, 0, 1 / 3],
			[0.8, 0, 2 / 3],
			[0.7, 1 / 3, 2 / 3],
			[0.6, 1 / 3, 1],
			[0.55, 2 / 3, 1],
			[0.4, 1, 1]
		]);
	});
	it('moves tied scores together: a tie across the classes is one diagonal step', () => {
		expect(rocCurve([0.5, 0.5, 0.2], [true, false, false])).toEqual([
			{ threshold: Infinity, fpr: 0, tpr: 0 },
			{ threshold: 0.5, fpr: 0.5, tpr: 1 },
			{ threshold: 0.2, fpr: 1, tpr: 1 }
		]);
	});
});

describe('auc(scores, labels)', () => {
	it('is 8/9 on the hand-checked example, 1 when separated, ½ for a tie', () => {
		expect(auc(scores, labels)).toBeCloseTo(8 / 9, 12);
		expect(auc([3, 2, 1], [true, true, false])).toBe(1);
		expect(auc([1, 1], [true, false])).toBe(0.5);
		expect(auc([1, 2], [true, true])).toBeNaN();
	});
	const data = fc
		.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.boolean()), { minLength: 2, maxLength: 30 })
		.filter((xs) => xs.some(([, l]) => l) && xs.some(([, l]) => !l));
	it('is the share of (positive, negative) pairs the positive wins, ties counting half', () => {
		fc.assert(
			fc.property(data, (xs) => {
				const s = xs.map(([x]) => x);
				const l = xs.map(([, y]) => y);
				let wins = 0;
				let pairs = 0;
				for (const [p, lp] of xs) {
					if (!lp) continue;
					for (const [n, ln] of xs) {
						if (ln) continue;
						pairs++;
						wins += p > n ? 1 : p === n ? 0.5 : 0;
					}
				}
				expect(auc(s, l)).toBeCloseTo(wins / pairs, 12);
				// Reversing the score swaps the roles: 1 − AUC. A monotone map changes nothing.
				expect(
					auc(
						s.map((x) => -x),
						l
					)
				).toBeCloseTo(1 - wins / pairs, 12);
				expect(
					auc(
						s.map((x) => Math.exp(x)),
						l
					)
				).toBeCloseTo(wins / pairs, 12);
			})
		);
	});
});

describe('confusionAt(scores, labels, threshold)', () => {
	it('counts the calls at a threshold, hand-checked', () => {
		expect(confusionAt(scores, labels, 0.65)).toEqual({
			tp: 2,
			fp: 1,
			tn: 2,
			fn: 1,
			accuracy: 4 / 6
		});
	});
	it('matches the ROC point at each of its thresholds', () => {
		for (const point of rocCurve(scores, labels).slice(1)) {
			const c = confusionAt(scores, labels, point.threshold);
			expect(c.tp / 3).toBeCloseTo(point.tpr, 12);
			expect(c.fp / 3).toBeCloseTo(point.fpr, 12);
		}
	});
});
