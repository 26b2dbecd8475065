import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { heNormal, heUniform, randn, uniform, xavierNormal, xavierUniform } from './init';

const variance = (xs: Float32Array | Float64Array) => {
	let m = 0;
	for (const v of xs) m += v / xs.length;
	let s = 0;
	for (const v of xs) s += (v - m) ** 2 / xs.length;
	return s;
};

describe('initialisers', () => {
	it('are parameters of the asked shape, the same for the same seed', () => {
		const a = xavierUniform([3, 4], createRng(5));
		expect(a.shape).toEqual([3, 4]);
		expect(a.requiresGrad).toBe(true);
		expect(Array.from(xavierUniform([3, 4], createRng(5)).data)).toEqual(Array.from(a.data));
		expect(Array.from(xavierUniform([3, 4], createRng(6)).data)).not.toEqual(Array.from(a.data));
	});

	it('have the variances of their definitions (fanIn 50, fanOut 150; 7,500 draws)', () => {
		const rng = createRng(42);
		const shape = [50, 150];
		const target: [string, number, number][] = [
			['xavierUniform', variance(xavierUniform(shape, rng).data), 2 / 200],
			['xavierNormal', variance(xavierNormal(shape, rng).data), 2 / 200],
			['heUniform', variance(heUniform(shape, rng).data), 2 / 50],
			['heNormal', variance(heNormal(shape, rng).data), 2 / 50]
		];
		for (const [, got, want] of target) expect(Math.abs(got / want - 1)).toBeLessThan(0.05);
	});

	it('uniform stays inside its bound and xavierUniform inside √(6/(fanIn+fanOut))', () => {
		const u = uniform([1000], 0.5, createRng(1)).data;
		expect(u.every((v) => Math.abs(v) <= 0.5)).toBe(true);
		const x = xavierUniform([10, 14], createRng(2), 2).data;
		expect(x.every((v) => Math.abs(v) <= 2 * Math.sqrt(6 / 24))).toBe(true);
		expect(variance(randn([5000], 3, createRng(3)).data)).toBeCloseTo(9, 0);
	});

	it('reject shapes without two non-zero fans', () => {
		expect(() => heNormal([3], createRng(1))).toThrow(/\[fanIn, fanOut\]/);
		expect(() => xavierNormal([0, 2], createRng(1))).toThrow(/non-empty/);
	});
});
