import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';

describe('sum and mean', () => {
	const x = Tensor.from([1, 2, 3, 4, 5, 6], [2, 3]);

	it('reduce everything to shape []', () => {
		expect(x.sum().shape).toEqual([]);
		expect(x.sum().item()).toBe(21);
		expect(x.mean().item()).toBe(3.5);
		expect(x.sum(undefined, true).shape).toEqual([1, 1]);
	});

	it('reduce along an axis, keeping it as size 1 on request', () => {
		expect(x.sum(0).toArray()).toEqual([5, 7, 9]);
		expect(x.sum(1).toArray()).toEqual([6, 15]);
		expect(x.mean(-1).toArray()).toEqual([2, 5]);
		expect(x.mean(1, true).shape).toEqual([2, 1]);
		expect(() => x.sum(2)).toThrow(/axis 2 is out of range/);
	});

	it('have gradients equal to central differences along every axis', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
				fc.integer(),
				fc.nat(),
				(s, seed, pick) => {
					const rng = createRng(seed);
					const t = randn(s, 1, rng);
					const axis = pick % s.length;
					const probe = randn(
						s.filter((_, i) => i !== axis),
						1,
						rng
					);
					return (
						gradientError(
							() =>
								t
									.sum(axis)
									.mul(probe)
									.sum()
									.add(t.mean(axis).mul(probe).sum())
									.add(t.mean().mul(3)),
							[t]
						) < 1e-8
					);
				}
			),
			{ seed: 11, numRuns: 40 }
		);
	});
});
