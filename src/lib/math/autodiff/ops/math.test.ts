import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';

describe('pow, exp, log', () => {
	it('compute their values', () => {
		const x = Tensor.from([1, 2, 4], [3]);
		expect(x.pow(2).toArray()).toEqual([1, 4, 16]);
		expect(x.pow(0.5).toArray()).toEqual([1, Math.SQRT2, 2]);
		expect(x.log().exp().toArray()).toEqual([1, 2, 4]);
		expect(() => x.pow(NaN)).toThrow(/finite/);
	});

	it('have gradients equal to central differences (positive inputs)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 6 }),
				fc.integer(),
				fc.double({ min: -3, max: 3, noNaN: true }),
				(n, seed, p) => {
					const rng = createRng(seed);
					const x = randn([n], 1, rng);
					x.data.forEach((v, i) => (x.data[i] = 0.5 + Math.abs(v)));
					return gradientError(() => x.pow(p).add(x.log()).add(x.mul(0.3).exp()).sum(), [x]) < 1e-7;
				}
			),
			{ seed: 5, numRuns: 40 }
		);
	});
});
