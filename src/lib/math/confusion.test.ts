import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy, confusionMatrix, recalls } from './confusion';

describe('confusionMatrix, accuracy, recalls', () => {
	it('count a hand-checked example', () => {
		const truth = [0, 0, 0, 1, 1, 2];
		const predicted = [0, 1, 0, 1, 2, 2];
		const m = confusionMatrix(truth, predicted, 3);
		expect(m).toEqual([
			[2, 1, 0],
			[0, 1, 1],
			[0, 0, 1]
		]);
		expect(accuracy(m)).toBeCloseTo(4 / 6, 12);
		expect(recalls(m)).toEqual([2 / 3, 1 / 2, 1]);
	});

	it('leave unanswered items (−1) out, and say NaN for nothing counted', () => {
		const m = confusionMatrix([0, 1], [-1, 1], 2);
		expect(m).toEqual([
			[0, 0],
			[0, 1]
		]);
		expect(recalls(m)[0]).toBeNaN();
		expect(accuracy(confusionMatrix([], [], 2))).toBeNaN();
		expect(() => confusionMatrix([0], [], 2)).toThrow();
	});

	it('sum to the items, with row sums the class sizes and accuracy the share of agreements', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { minLength: 1, maxLength: 40 }),
				(pairs) => {
					const truth = pairs.map((p) => p[0]);
					const predicted = pairs.map((p) => p[1]);
					const m = confusionMatrix(truth, predicted, 4);
					expect(m.flat().reduce((a, b) => a + b, 0)).toBe(pairs.length);
					m.forEach((row, i) =>
						expect(row.reduce((a, b) => a + b, 0)).toBe(truth.filter((t) => t === i).length)
					);
					const agree = pairs.filter(([t, p]) => t === p).length / pairs.length;
					expect(accuracy(m)).toBeCloseTo(agree, 12);
				}
			)
		);
	});
});
