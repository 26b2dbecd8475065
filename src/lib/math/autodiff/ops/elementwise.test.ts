import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';

/** A result shape, and operand shapes that broadcast to it (dimensions kept, set to 1, or leading ones dropped). */
const broadcastPair = fc
	.array(fc.integer({ min: 1, max: 3 }), { minLength: 0, maxLength: 3 })
	.chain((out) =>
		fc.tuple(
			fc.constant(out),
			fc.array(fc.boolean(), { minLength: out.length, maxLength: out.length }),
			fc.integer({ min: 0, max: out.length }),
			fc.boolean(),
			fc.integer()
		)
	)
	.map(([out, ones, drop, swap, seed]) => {
		const small = out.map((d, i) => (ones[i] ? 1 : d)).slice(drop);
		return { a: swap ? small : out, b: swap ? out : small, seed };
	});

describe('add, sub, mul, div', () => {
	it('broadcast a bias [D] onto [N, D], a column [N, 1], and a scalar', () => {
		const x = Tensor.from([1, 2, 3, 4, 5, 6], [2, 3]);
		expect(x.add(Tensor.from([10, 20, 30], [3])).toArray()).toEqual([11, 22, 33, 14, 25, 36]);
		expect(x.sub(Tensor.from([1, 4], [2, 1])).toArray()).toEqual([0, 1, 2, 0, 1, 2]);
		expect(x.mul(Tensor.scalar(2)).toArray()).toEqual([2, 4, 6, 8, 10, 12]);
		expect(x.div(2).toArray()).toEqual([0.5, 1, 1.5, 2, 2.5, 3]);
		expect(
			Tensor.from([1, 2], [2, 1])
				.add(Tensor.from([10, 20, 30], [3]))
				.toArray()
		).toEqual([11, 21, 31, 12, 22, 32]);
		expect(Tensor.from([1, 2], [2, 1, 1]).add(Tensor.from([1, 2, 3, 4], [2, 2])).shape).toEqual([
			2, 2, 2
		]);
	});

	it('keep the order of operands when the first one is broadcast', () => {
		expect(
			Tensor.from([10], [1])
				.sub(Tensor.from([1, 2], [2]))
				.toArray()
		).toEqual([9, 8]);
		expect(
			Tensor.scalar(1)
				.div(Tensor.from([2, 4], [2]))
				.toArray()
		).toEqual([0.5, 0.25]);
	});

	it('send a bias the column sums of the gradient', () => {
		const x = Tensor.from([1, 2, 3, 4, 5, 6], [2, 3], { requiresGrad: true });
		const b = Tensor.from([0, 0, 0], [3], { requiresGrad: true });
		x.add(b)
			.mul(Tensor.from([1, 2, 3, 4, 5, 6], [2, 3]))
			.sum()
			.backward();
		expect(Array.from(b.grad!)).toEqual([5, 7, 9]);
	});

	it('throw on shapes that do not broadcast', () => {
		expect(() => Tensor.zeros([2, 3]).add(Tensor.zeros([2]))).toThrow(
			/add: shapes \[2, 3\] and \[2\] do not broadcast/
		);
	});

	it('have gradients equal to central differences for any broadcast pair of shapes', () => {
		fc.assert(
			fc.property(broadcastPair, ({ a: sa, b: sb, seed }) => {
				const rng = createRng(seed);
				const a = randn(sa, 1, rng);
				const b = randn(sb, 1, rng);
				// Keep divisors away from 0 so the finite differences stay well conditioned.
				const d = randn(sb, 0.1, rng);
				d.data.forEach((v, i) => (d.data[i] = v + (v >= 0 ? 1 : -1)));
				const weights = randn([sa.length >= sb.length ? sa : sb].flat(), 1, rng);
				const f = () => a.add(b).mul(a.sub(b)).add(a.div(d)).mul(weights).sum();
				return gradientError(f, [a, b, d]) < 1e-8;
			}),
			{ seed: 41, numRuns: 40 }
		);
	});
});
