import { describe, expect, it } from 'vitest';
import { softmax } from '$lib/math/softmax';
import { countSamples, softmaxTerms, topIndices } from './summary';

describe('topIndices(values, n)', () => {
	it('returns the n largest, largest first, ties by lower index', () => {
		expect(topIndices([0.1, 0.5, 0.2, 0.5], 3)).toEqual([1, 3, 2]);
		expect(topIndices(new Float64Array([3, 1]), 5)).toEqual([0, 1]);
		expect(topIndices([1, 2], 0)).toEqual([]);
	});
});

describe('countSamples(samples, size)', () => {
	it('counts each index', () => {
		expect(countSamples([0, 2, 2, 1, 2], 4)).toEqual([1, 1, 3, 0]);
	});
});

describe('softmaxTerms(logits, T, i)', () => {
	it('matches softmax and shifts by the largest logit', () => {
		const logits = [2, 1, 0.5];
		const terms = softmaxTerms(logits, 0.5, 1);
		expect(terms.zMax).toBe(2);
		expect(terms.numerator).toBeCloseTo(Math.exp(-2), 12);
		expect(terms.denominator).toBeCloseTo(1 + Math.exp(-2) + Math.exp(-3), 12);
		expect(terms.p).toBeCloseTo(softmax(logits, 0.5)[1], 12);
	});
	it('stays finite for huge logits', () => {
		const terms = softmaxTerms([1e6, 1e6 - 1], 0.1, 1);
		expect(terms.p).toBeCloseTo(Math.exp(-10) / (1 + Math.exp(-10)), 12);
	});
});
