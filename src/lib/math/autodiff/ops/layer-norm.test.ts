import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';

describe('layerNorm(weight, bias, eps)', () => {
	it('normalises each row to mean 0 and (biased) variance 1', () => {
		const y = Tensor.from([1, 2, 3, 10, 10, 10], [2, 3])
			.layerNorm(undefined, undefined, 0)
			.toArray();
		const s = Math.sqrt(3 / 2);
		[-s, 0, s].forEach((v, i) => expect(y[i]).toBeCloseTo(v, 14));
		expect(Tensor.from([10, 10, 10], [1, 3]).layerNorm().toArray()).toEqual([0, 0, 0]);
	});

	it('then scales and shifts', () => {
		const w = Tensor.from([2, 2], [2]);
		const b = Tensor.from([1, -1], [2]);
		const y = Tensor.from([0, 2], [1, 2]).layerNorm(w, b, 0).toArray();
		expect(y).toEqual([-1, 1]);
		expect(() => Tensor.zeros([2, 3]).layerNorm(w)).toThrow(/must have shape \[3\]/);
	});

	it('has gradients equal to central differences for input, weight and bias', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 2, max: 6 }),
				fc.integer(),
				(rows, d, seed) => {
					const rng = createRng(seed);
					const x = randn([rows, d], 2, rng);
					const w = randn([d], 1, rng);
					const b = randn([d], 1, rng);
					const probe = randn([rows, d], 1, rng);
					return gradientError(() => x.layerNorm(w, b).mul(probe).sum(), [x, w, b]) < 1e-7;
				}
			),
			{ seed: 31, numRuns: 25 }
		);
	});
});
