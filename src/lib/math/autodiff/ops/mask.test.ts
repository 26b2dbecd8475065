import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';

describe('maskedFill(mask, value)', () => {
	it('fills where the mask is set, repeating it over the leading dimensions', () => {
		const causal = [0, 1, 0, 0]; // row i may not see columns j > i
		const scores = Tensor.from([1, 2, 3, 4, 5, 6, 7, 8], [2, 2, 2]);
		expect(scores.maskedFill(causal, -Infinity).toArray()).toEqual([
			1,
			-Infinity,
			3,
			4,
			5,
			-Infinity,
			7,
			8
		]);
		expect(() => scores.maskedFill([1, 0, 0], 0)).toThrow(/does not tile/);
	});

	it('passes no gradient through filled places', () => {
		const rng = createRng(1);
		const x = randn([3, 3], 1, rng);
		const mask = [false, true, true, false, false, true, false, false, false];
		expect(gradientError(() => x.maskedFill(mask, -1e9).softmax().mul(x).sum(), [x])).toBeLessThan(
			1e-8
		);
		x.grad = null;
		x.maskedFill(mask, 0).sum().backward();
		expect(Array.from(x.grad!)).toEqual(mask.map((m) => (m ? 0 : 1)));
	});
});

describe('dropout(p, rng, training)', () => {
	it('zeroes about p of the elements, scales the rest by 1/(1 − p), and replays with the seed', () => {
		const n = 4000;
		const x = Tensor.from(new Array(n).fill(1), [n]);
		const y = x.dropout(0.25, createRng(9)).data;
		const kept = y.filter((v) => v !== 0);
		expect(kept.every((v) => v === 1 / 0.75)).toBe(true);
		expect(Math.abs(kept.length / n - 0.75)).toBeLessThan(0.03);
		expect(x.dropout(0.25, createRng(9)).data.every((v, i) => v === y[i])).toBe(true);
		expect(x.dropout(0.25, createRng(10)).data.every((v, i) => v === y[i])).toBe(false);
	});

	it('is the identity when not training or at p = 0, and rejects p outside [0, 1)', () => {
		const x = Tensor.from([1, 2], [2]);
		expect(x.dropout(0.5, createRng(1), false)).toBe(x);
		expect(x.dropout(0, createRng(1))).toBe(x);
		expect(() => x.dropout(1, createRng(1))).toThrow(/\[0, 1\)/);
	});

	it('sends the gradient through the kept elements only, scaled', () => {
		const x = Tensor.from([1, 2, 3, 4, 5, 6], [6], { requiresGrad: true });
		const y = x.dropout(0.5, createRng(4));
		y.sum().backward();
		expect(Array.from(x.grad!)).toEqual(y.toArray().map((v, i) => v / (i + 1)));
	});
});
