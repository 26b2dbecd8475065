import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';
import { concat, mergeHeads, splitHeads } from './layout';

const x = Tensor.from([1, 2, 3, 4, 5, 6], [2, 3]);

describe('reshape(shape)', () => {
	it('keeps the values, infers one −1, and shares the data', () => {
		const r = x.reshape([3, -1]);
		expect(r.shape).toEqual([3, 2]);
		expect(r.data).toBe(x.data);
		expect(() => x.reshape([4, -1])).toThrow(/cannot infer/);
		expect(() => x.reshape([4, 2])).toThrow(/cannot become \[4, 2\]/);
	});
});

describe('transpose(axis0, axis1)', () => {
	it('transposes a matrix by default and swaps any two axes', () => {
		expect(x.transpose().toArray()).toEqual([1, 4, 2, 5, 3, 6]);
		expect(x.transpose().shape).toEqual([3, 2]);
		const t = Tensor.from([0, 1, 2, 3, 4, 5, 6, 7], [2, 2, 2]);
		expect(t.transpose(0, 2).toArray()).toEqual([0, 4, 2, 6, 1, 5, 3, 7]);
		expect(t.transpose(1, 0).toArray()).toEqual([0, 1, 4, 5, 2, 3, 6, 7]);
	});
});

describe('narrow(axis, start, length)', () => {
	it('slices along an axis and rejects ranges outside it', () => {
		expect(x.narrow(1, 1, 2).toArray()).toEqual([2, 3, 5, 6]);
		expect(x.narrow(0, 1, 1).toArray()).toEqual([4, 5, 6]);
		expect(() => x.narrow(1, 2, 2)).toThrow(/outside axis 1 of size 3/);
	});
});

describe('concat(tensors, axis)', () => {
	it('joins along an axis', () => {
		expect(concat([x, Tensor.from([7, 8, 9], [1, 3])]).toArray()).toEqual([
			1, 2, 3, 4, 5, 6, 7, 8, 9
		]);
		expect(concat([x, Tensor.from([7, 8], [2, 1])], 1).toArray()).toEqual([1, 2, 3, 7, 4, 5, 6, 8]);
		expect(() => concat([x, Tensor.zeros([2, 2])], 0)).toThrow(/differ outside axis 0/);
		expect(() => concat([])).toThrow(/at least one/);
	});
});

describe('expand(shape)', () => {
	it('repeats size-1 and missing leading dimensions', () => {
		expect(Tensor.from([1, 2], [2, 1]).expand([2, 2, 3]).toArray()).toEqual([
			1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 2
		]);
		expect(() => x.expand([3, 3])).toThrow(/do not broadcast/);
	});
});

describe('gatherRows(ids)', () => {
	it('looks up rows and adds the gradient of repeated ids', () => {
		const w = Tensor.from([1, 2, 3, 4, 5, 6], [3, 2], { requiresGrad: true });
		const e = w.gatherRows([2, 0, 2]);
		expect(e.toArray()).toEqual([5, 6, 1, 2, 5, 6]);
		e.sum().backward();
		expect(Array.from(w.grad!)).toEqual([1, 1, 0, 0, 2, 2]);
		expect(() => w.gatherRows([3])).toThrow(/ids\[0\] = 3 is not a row of a 3-row matrix/);
	});
});

describe('gradients of the layout operations', () => {
	it('equal central differences', () => {
		fc.assert(
			fc.property(
				fc.tuple(
					fc.integer({ min: 1, max: 3 }),
					fc.integer({ min: 1, max: 3 }),
					fc.integer({ min: 2, max: 4 })
				),
				fc.integer(),
				([a, b, c], seed) => {
					const rng = createRng(seed);
					const t = randn([a, b, c], 1, rng);
					const u = randn([a, b, 1], 1, rng);
					const w = randn([4, c], 1, rng);
					const probe = randn([a, c, b + 1], 1, rng);
					const f = () =>
						concat([t.narrow(2, 1, c - 1), u.expand([a, b, 1])], 2)
							.add(w.gatherRows([3, 0, 3]).sum(0).reshape([1, 1, c]))
							.transpose(1, 2)
							.reshape([a, c, b])
							.mul(probe.narrow(2, 0, b))
							.sum();
					return gradientError(f, [t, u, w]) < 1e-8;
				}
			),
			{ seed: 19, numRuns: 15 }
		);
	});
});

describe('splitHeads and mergeHeads', () => {
	it('equal narrow, reshape and transpose (and back), values and gradients to the last bit', () => {
		const rng = createRng(5);
		const [batch, t, heads, dh] = [2, 3, 2, 4];
		const qkv = randn([batch, t, 3 * heads * dh], 1, rng);
		const probe = randn([batch, t, heads * dh], 1, rng);
		const run = (split: (start: number) => Tensor, merge: (x: Tensor) => Tensor): number[][] => {
			qkv.grad = null;
			const [q, k, v] = [0, 1, 2].map((part) => split(part * heads * dh));
			const y = merge(q.mul(k).add(v));
			y.mul(probe).sum().backward();
			return [Array.from(y.data), Array.from(qkv.grad!)];
		};
		const fused = run(
			(start) => splitHeads(qkv, heads, start, heads * dh),
			(x) => mergeHeads(x)
		);
		const composed = run(
			(start) =>
				qkv
					.narrow(2, start, heads * dh)
					.reshape([batch, t, heads, dh])
					.transpose(1, 2),
			(x) => x.transpose(1, 2).reshape([batch, t, heads * dh])
		);
		expect(fused).toEqual(composed);
		expect(splitHeads(qkv, heads, 0, heads * dh).shape).toEqual([batch, heads, t, dh]);
	});

	it('reject columns that do not split into the heads', () => {
		expect(() => splitHeads(Tensor.zeros([1, 2, 6]), 4, 0, 6)).toThrow(/splitHeads/);
		expect(() => splitHeads(Tensor.zeros([1, 2, 6]), 2, 4, 4)).toThrow(/splitHeads/);
		expect(() => mergeHeads(Tensor.zeros([2, 3]))).toThrow(/mergeHeads/);
	});
});
