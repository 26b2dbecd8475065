import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { softmax } from '$lib/math/softmax';
import {
	addScore,
	dragStep,
	fitScores,
	MAX_SCORES,
	MIN_SCORES,
	removeScore,
	sameScores,
	setScore,
	shiftScores,
	tidy
} from './scores';

const scores = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), {
	minLength: MIN_SCORES,
	maxLength: MAX_SCORES
});

describe('fitScores(scores)', () => {
	it('keeps a vector of 3 or more as it is', () => {
		expect(fitScores([1, 2, 3, 4])).toEqual({ scores: [1, 2, 3, 4], padded: false });
	});
	it('pads a shorter one with zeros and says so', () => {
		expect(fitScores([5])).toEqual({ scores: [5, 0, 0], padded: true });
		expect(fitScores([])).toEqual({ scores: [0, 0, 0], padded: true });
	});
});

describe('shiftScores(scores, c)', () => {
	it('adds c to every score without float noise', () => {
		expect(shiftScores([0.1, 1, -1], 0.2)).toEqual([0.3, 1.2, -0.8]);
	});
	it('refuses a shift that would push a score out of −1000…1000', () => {
		expect(shiftScores([995, 0, 0], 10)).toBeNull();
		expect(shiftScores([-995, 0, 0], -10)).toBeNull();
		expect(shiftScores([990, 0, 0], 10)).toEqual([1000, 10, 10]);
	});
	it('leaves the softmax unchanged', () => {
		fc.assert(
			fc.property(scores, fc.double({ min: -500, max: 500, noNaN: true }), (x, c) => {
				const shifted = shiftScores(x, c)!;
				const p = softmax(x);
				softmax(shifted).forEach((q, i) => expect(q).toBeCloseTo(p[i], 9));
			})
		);
	});
});

describe('addScore / removeScore', () => {
	it('adds a 0 up to 10 scores, no more', () => {
		expect(addScore([1, 2, 3])).toEqual([1, 2, 3, 0]);
		const full = Array.from({ length: MAX_SCORES }, (_, i) => i);
		expect(addScore(full)).toEqual(full);
	});
	it('removes entry i down to 3 scores, no fewer', () => {
		expect(removeScore([1, 2, 3, 4], 1)).toEqual([1, 3, 4]);
		expect(removeScore([1, 2, 3], 0)).toEqual([1, 2, 3]);
	});
});

describe('setScore(scores, i, x)', () => {
	it('sets one entry, clamped to −1000…1000 and tidied', () => {
		expect(setScore([1, 2, 3], 1, 0.1 + 0.2)).toEqual([1, 0.3, 3]);
		expect(setScore([1, 2, 3], 2, 5000)).toEqual([1, 2, 1000]);
		expect(setScore([1, 2, 3], 0, -5000)).toEqual([-1000, 2, 3]);
	});
});

describe('dragStep(span)', () => {
	it('is about a hundredth of the span, a power of ten', () => {
		expect(dragStep(4)).toBe(0.01);
		expect(dragStep(10)).toBe(0.1);
		expect(dragStep(2000)).toBe(10);
	});
});

describe('tidy(x) and sameScores(a, b)', () => {
	it('drops float noise only', () => {
		expect(tidy(0.1 + 0.2)).toBe(0.3);
		expect(tidy(1 / 3)).toBeCloseTo(1 / 3, 11);
	});
	it('compares vectors entry by entry', () => {
		expect(sameScores([1, 2], [1, 2])).toBe(true);
		expect(sameScores([1, 2], [1, 2, 3])).toBe(false);
		expect(sameScores([1, 2], [2, 1])).toBe(false);
	});
});
