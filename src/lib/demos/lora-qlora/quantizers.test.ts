import { describe, expect, it } from 'vitest';
import { compareQuantizers, normalWeights } from './quantizers';

describe('compareQuantizers(weights, blockSize)', () => {
	const weights = normalWeights(4096, 1);
	const c = compareQuantizers(weights, 64);
	it('puts every weight in [−1, 1] against its block, with ±1 in every block', () => {
		expect(Math.max(...c.normalized.map(Math.abs))).toBe(1);
		expect(c.normalized.filter((x) => Math.abs(x) === 1).length).toBeGreaterThanOrEqual(64);
	});
	it('counts each weight once per method', () => {
		const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
		expect(sum(c.nf4.use)).toBe(4096);
		expect(sum(c.uniform.use)).toBe(4096);
	});
	it('gives NF4 the smaller error, and both smaller errors for smaller blocks', () => {
		expect(c.nf4.rmse).toBeLessThan(c.uniform.rmse);
		const small = compareQuantizers(weights, 16);
		expect(small.nf4.rmse).toBeLessThan(c.nf4.rmse);
		expect(small.uniform.rmse).toBeLessThan(c.uniform.rmse);
	});
	it('stores 4.5 bits per weight at blocks of 64, 4.127 with double quantisation', () => {
		expect(c.bits.single).toBe(4.5);
		expect(c.bits.double).toBeCloseTo(4.127, 3);
	});
});
