import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { softmax as softmaxOfArray } from '../../softmax';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';

describe('softmax and logSoftmax along the last axis', () => {
	it('match the array softmax row by row, and stay finite for logits of 1000', () => {
		const x = Tensor.from([1, 2, 3, 1000, 1001, 1002], [2, 3]);
		const p = x.softmax().toArray();
		const q = softmaxOfArray([1, 2, 3]);
		p.forEach((v, i) => expect(v).toBeCloseTo(q[i % 3], 15));
		x.logSoftmax()
			.toArray()
			.forEach((v, i) => expect(v).toBeCloseTo(Math.log(q[i % 3]), 13));
	});

	it('give probability 0 to −∞ logits (a causal mask)', () => {
		expect(Tensor.from([0, -Infinity], [2]).softmax().toArray()).toEqual([1, 0]);
	});

	it('have gradients equal to central differences', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 1, max: 5 }),
				fc.integer(),
				(rows, v, seed) => {
					const rng = createRng(seed);
					const x = randn([rows, v], 2, rng);
					const probe = randn([rows, v], 1, rng);
					return (
						gradientError(
							() => x.softmax().mul(probe).sum().add(x.logSoftmax().mul(probe).sum()),
							[x]
						) < 1e-8
					);
				}
			),
			{ seed: 23, numRuns: 40 }
		);
	});

	it('throws on an empty last axis', () => {
		expect(() => Tensor.zeros([2, 0]).softmax()).toThrow(/non-empty last axis/);
	});
});
