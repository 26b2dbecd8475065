import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';
import { linear } from './matmul';

describe('matmul(a, b)', () => {
	it('[[1, 2], [3, 4]] · [[5, 6], [7, 8]] = [[19, 22], [43, 50]]', () => {
		const c = Tensor.from([1, 2, 3, 4], [2, 2]).matmul(Tensor.from([5, 6, 7, 8], [2, 2]));
		expect(c.shape).toEqual([2, 2]);
		expect(c.toArray()).toEqual([19, 22, 43, 50]);
	});

	it('applies a [K, M] weight to every row of [B, N, K], and multiplies batch by batch', () => {
		const x = Tensor.from([1, 0, 0, 1, 2, 0, 0, 2], [2, 2, 2]);
		const w = Tensor.from([1, 2, 3, 4], [2, 2]);
		expect(x.matmul(w).toArray()).toEqual([1, 2, 3, 4, 2, 4, 6, 8]);
		const y = Tensor.from([1, 2, 3, 4, 1, 2, 3, 4], [2, 2, 2]);
		expect(x.matmul(y).toArray()).toEqual([1, 2, 3, 4, 2, 4, 6, 8]);
	});

	it('throws on mismatched sizes', () => {
		expect(() => Tensor.zeros([2, 3]).matmul(Tensor.zeros([2, 3]))).toThrow(
			/cannot multiply \[2, 3\] by \[2, 3\]/
		);
		expect(() => Tensor.zeros([3]).matmul(Tensor.zeros([3, 1]))).toThrow(/needs matrices/);
		expect(() => Tensor.zeros([2, 2, 3]).matmul(Tensor.zeros([3, 3, 1]))).toThrow(
			/cannot multiply/
		);
	});

	it('has gradients equal to central differences: plain, shared weight and batched', () => {
		fc.assert(
			fc.property(
				fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 1, max: 4 }))),
				fc.integer(),
				([batch, n, k, m], seed) => {
					const rng = createRng(seed);
					const a = randn([batch, n, k], 1, rng);
					const w = randn([k, m], 1, rng);
					const b = randn([batch, k, m], 1, rng);
					const probe = randn([batch, n, m], 1, rng);
					return (
						gradientError(() => a.matmul(w).add(a.matmul(b)).mul(probe).sum(), [a, w, b]) < 1e-8
					);
				}
			),
			{ seed: 3, numRuns: 25 }
		);
	});
});

describe('linear(x, w, b)', () => {
	it('gives x.matmul(w).add(b) and its gradients to the last bit', () => {
		fc.assert(
			fc.property(
				fc.tuple(...Array.from({ length: 4 }, () => fc.integer({ min: 1, max: 6 }))),
				fc.integer(),
				([batch, n, k, m], seed) => {
					const rng = createRng(seed);
					const x = randn([batch, n, k], 1, rng);
					const w = randn([k, m], 1, rng);
					const b = randn([m], 1, rng);
					const probe = randn([batch, n, m], 1, rng);
					const run = (f: () => Tensor) => {
						for (const t of [x, w, b]) t.grad = null;
						const y = f();
						y.mul(probe).sum().backward();
						return [y.data, x.grad!, w.grad!, b.grad!].map((d) => Array.from(d));
					};
					const fused = run(() => linear(x, w, b));
					const composed = run(() => x.matmul(w).add(b));
					return fused.every((d, i) => d.every((v, j) => Object.is(v, composed[i][j])));
				}
			),
			{ seed: 4, numRuns: 40 }
		);
	});

	it('throws on mismatched shapes', () => {
		expect(() => linear(Tensor.zeros([2, 3]), Tensor.zeros([3, 2]), Tensor.zeros([3]))).toThrow(
			/linear: needs x/
		);
	});
});
