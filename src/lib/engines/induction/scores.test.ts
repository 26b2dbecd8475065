import { describe, expect, it } from 'vitest';
import { inductionScores, previousTokenScores } from './scores';

/** [batch 1, heads 2, T, T]: head 0 on the given diagonal offset, head 1 on position 0. */
function weightsOn(t: number, offset: (i: number) => number) {
	const w = new Float64Array(2 * t * t);
	for (let i = 0; i < t; i++) {
		w[i * t + Math.max(0, i - offset(i))] = 1;
		w[t * t + i * t] = 1;
	}
	return w;
}

describe('head scores', () => {
	it('give 1 to a head on its diagonal and little to one that is not', () => {
		const t = 8;
		const length = 3;
		const induction = inductionScores(
			weightsOn(t, () => length - 1),
			2,
			t,
			[length]
		);
		expect(induction[0]).toBe(1);
		expect(induction[1]).toBe(0);
		const previous = previousTokenScores(
			weightsOn(t, () => 1),
			2,
			t
		);
		expect(previous[0]).toBe(1);
		expect(previous[1]).toBeCloseTo(1 / 7, 12);
	});
});
