import { describe, expect, it } from 'vitest';
import { attentionPipeline, dotTerms } from './pipeline';

// Two tokens, d_k = 4 (√d_k = 2), worked by hand.
const Q = [
	[1, 0, 2, 0],
	[0, 1, 0, 1]
];
const K = [
	[1, 1, 1, 1],
	[2, 0, 0, 0]
];
const V = [
	[1, 0],
	[0, 1]
];

describe('attentionPipeline(Q, K, V, mask)', () => {
	it('keeps every stage: QKᵀ, ÷√d_k, mask, softmax, ·V', () => {
		const p = attentionPipeline(Q, K, V, 'causal');
		expect(p.scores).toEqual([
			[3, 2],
			[2, 0]
		]);
		expect(p.scaled).toEqual([
			[1.5, 1],
			[1, 0]
		]);
		expect(p.masked).toEqual([
			[1.5, -Infinity],
			[1, 0]
		]);
		expect(p.weights[0]).toEqual([1, 0]);
		const e = Math.exp(1) / (Math.exp(1) + 1);
		expect(p.weights[1][0]).toBeCloseTo(e, 12);
		expect(p.output[1][0]).toBeCloseTo(e, 12);
		expect(p.output[1][1]).toBeCloseTo(1 - e, 12);
		expect(p.allowed(0, 1)).toBe(false);
	});
	it('masks nothing without a mask', () => {
		const p = attentionPipeline(Q, K, V, 'none');
		expect(p.masked).toEqual(p.scaled);
		expect(p.weights[0][1]).toBeCloseTo(Math.exp(1) / (Math.exp(1.5) + Math.exp(1)), 12);
	});
});

describe('dotTerms(q, k)', () => {
	it('lists the products that sum to the score', () => {
		const terms = dotTerms(Q[0], K[0]);
		expect(terms.map((x) => x.product)).toEqual([1, 0, 2, 0]);
		expect(terms.reduce((s, x) => s + x.product, 0)).toBe(3);
	});
});
