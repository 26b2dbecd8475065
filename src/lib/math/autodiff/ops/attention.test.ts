import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';
import { scaledDotProductAttention } from './attention';

/** The same attention composed from separate operations. */
function composed(q: Tensor, k: Tensor, v: Tensor, causal: boolean): Tensor {
	const [t, d] = q.shape.slice(-2);
	const scores = q.matmul(k.transpose()).mul(1 / Math.sqrt(d));
	const mask = Array.from(
		{ length: t * k.shape[k.ndim - 2] },
		(_, i) => causal && i % t > Math.floor(i / t)
	);
	return scores.maskedFill(mask, -Infinity).softmax().matmul(v);
}

describe('scaledDotProductAttention(q, k, v, { causal })', () => {
	it('averages the values equally when all scores tie, and causally over the prefix', () => {
		const q = Tensor.zeros([3, 2]);
		const k = Tensor.zeros([3, 2]);
		const v = Tensor.from([3, 6, 9], [3, 1]);
		expect(scaledDotProductAttention(q, k, v).toArray()).toEqual([6, 6, 6]);
		expect(scaledDotProductAttention(q, k, v, { causal: true }).toArray()).toEqual([3, 4.5, 6]);
	});

	it('equals the composed operations in value and gradient (self- and cross-attention)', () => {
		fc.assert(
			fc.property(
				fc.tuple(
					fc.integer({ min: 1, max: 2 }),
					fc.integer({ min: 1, max: 4 }),
					fc.integer({ min: 1, max: 4 }),
					fc.integer({ min: 1, max: 3 })
				),
				fc.boolean(),
				fc.integer(),
				([batch, tq, d, dv], causal, seed) => {
					const rng = createRng(seed);
					const tk = causal ? tq : 1 + (seed & 3);
					const q = randn([batch, tq, d], 1, rng);
					const k = randn([batch, tk, d], 1, rng);
					const v = randn([batch, tk, dv], 1, rng);
					const probe = randn([batch, tq, dv], 1, rng);
					const fused = scaledDotProductAttention(q, k, v, { causal });
					fused.mul(probe).sum().backward();
					const grads = [q, k, v].map((t) => Array.from(t.grad!));
					for (const t of [q, k, v]) t.grad = null;
					const reference = composed(q, k, v, causal);
					reference.mul(probe).sum().backward();
					let worst = 0;
					fused.data.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - reference.data[i]))));
					[q, k, v].forEach((t, n) =>
						t.grad!.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - grads[n][i]))))
					);
					return (
						worst < 1e-12 &&
						gradientError(
							() => scaledDotProductAttention(q, k, v, { causal }).mul(probe).sum(),
							[q, k, v]
						) < 1e-8
					);
				}
			),
			{ seed: 17, numRuns: 20 }
		);
	});

	it('gives the same bits, value and gradients, whether the causal triangle is cut into blocks or not', () => {
		const rng = createRng(5);
		const [q, k, v] = [0, 1, 2].map(() => randn([2, 3, 21, 5], 1, rng));
		const probe = randn([2, 3, 21, 5], 1, rng);
		const run = (causalBlock: number) => {
			for (const t of [q, k, v]) t.grad = null;
			const out = scaledDotProductAttention(q, k, v, { causal: true, causalBlock });
			out.mul(probe).sum().backward();
			return [out.data, q.grad!, k.grad!, v.grad!].map((x) => Array.from(x));
		};
		const whole = run(21);
		for (const block of [4, 8, 12]) expect(run(block)).toEqual(whole);
	});

	it('throws on shapes that do not fit', () => {
		const q = Tensor.zeros([2, 4]);
		expect(() => scaledDotProductAttention(q, Tensor.zeros([2, 3]), Tensor.zeros([2, 4]))).toThrow(
			/must be \[\.\.\., Tq, d\]/
		);
		expect(() =>
			scaledDotProductAttention(q, Tensor.zeros([3, 4]), Tensor.zeros([3, 1]), { causal: true })
		).toThrow(/Tq = Tk when causal/);
	});
});
