import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../rng';
import { gradientError } from './finite-difference';
import { randn } from './init';
import { binaryCrossEntropyWithLogits, crossEntropy, mseLoss } from './losses';
import { Tensor } from './tensor';

describe('crossEntropy(logits, targets)', () => {
	it('is ln V for uniform logits and −mean log p[target] otherwise', () => {
		expect(crossEntropy(Tensor.zeros([2, 4]), [0, 3]).item()).toBeCloseTo(Math.log(4), 15);
		// Row 0: p = [1/3, 2/3] (logits 0, ln 2), target 1 → −ln(2/3); row 1: same logits, target 0 → ln 3.
		const logits = Tensor.from([0, Math.LN2, 0, Math.LN2], [2, 2]);
		expect(crossEntropy(logits, [1, 0]).item()).toBeCloseTo(
			(Math.log(3 / 2) + Math.log(3)) / 2,
			15
		);
	});

	it('has the gradient (softmax − onehot)/N', () => {
		const x = Tensor.from([0, Math.LN2], [1, 2], { requiresGrad: true });
		crossEntropy(x, [1]).backward();
		expect(x.grad![0]).toBeCloseTo(1 / 3, 15);
		expect(x.grad![1]).toBeCloseTo(-1 / 3, 15);
	});

	it('stays finite for logits of ±1000 and counts [B, T, V] as B·T rows', () => {
		expect(crossEntropy(Tensor.from([1000, -1000], [1, 2]), [1]).item()).toBe(2000);
		expect(crossEntropy(Tensor.zeros([2, 3, 5]), [0, 1, 2, 3, 4, 0]).item()).toBeCloseTo(
			Math.log(5),
			15
		);
	});

	it('equals central differences', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 1, max: 5 }),
				fc.integer(),
				(n, v, seed) => {
					const rng = createRng(seed);
					const x = randn([n, v], 2, rng);
					const t = Array.from({ length: n }, () => Math.floor(rng() * v));
					return gradientError(() => crossEntropy(x, t), [x]) < 1e-8;
				}
			),
			{ seed: 25, numRuns: 40 }
		);
	});

	it('rejects bad targets', () => {
		expect(() => crossEntropy(Tensor.zeros([2, 3]), [0])).toThrow(/2 rows of logits but 1 targets/);
		expect(() => crossEntropy(Tensor.zeros([1, 3]), [3])).toThrow(
			/targets\[0\] = 3 is not a class id in 0 … 2/
		);
		expect(() => crossEntropy(Tensor.zeros([3]), [0, 1, 2])).toThrow(/needs logits \[N, V\]/);
	});
});

describe('binaryCrossEntropyWithLogits(logits, labels)', () => {
	it('is ln 2 at logit 0, finite at ±1000, and matches its gradient', () => {
		expect(binaryCrossEntropyWithLogits(Tensor.zeros([3]), [0, 1, 0.5]).item()).toBeCloseTo(
			Math.LN2,
			15
		);
		expect(binaryCrossEntropyWithLogits(Tensor.from([1000, -1000], [2]), [0, 1]).item()).toBe(1000);
		const x = randn([5], 3, createRng(4));
		expect(
			gradientError(() => binaryCrossEntropyWithLogits(x, [0, 1, 1, 0, 0.3]), [x])
		).toBeLessThan(1e-8);
	});
});

describe('mseLoss(predictions, targets)', () => {
	it('is the mean squared difference, with gradient 2(x − y)/N', () => {
		const x = Tensor.from([1, 2], [2], { requiresGrad: true });
		const loss = mseLoss(x, [0, 4]);
		expect(loss.item()).toBe(2.5);
		loss.backward();
		expect(Array.from(x.grad!)).toEqual([1, -2]);
	});
});
