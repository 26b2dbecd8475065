import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../rng';
import { gradientError } from '../finite-difference';
import { randn } from '../init';
import { Tensor } from '../tensor';

const shape = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 });

describe('activations', () => {
	it('compute their values (hand-checked)', () => {
		const x = Tensor.from([-2, 0, 1], [3]);
		expect(x.relu().toArray()).toEqual([0, 0, 1]);
		expect(x.leakyRelu(0.1).toArray()).toEqual([-0.2, 0, 1]);
		expect(x.sigmoid().toArray()[1]).toBe(0.5);
		expect(x.tanh().toArray()[2]).toBeCloseTo(Math.tanh(1), 16);
		expect(x.gelu().toArray()[2]).toBeCloseTo(0.8413447460685429, 15);
		expect(x.silu().toArray()[2]).toBeCloseTo(0.7310585786300049, 15);
		expect(Tensor.from([-800, 800], [2]).sigmoid().toArray()).toEqual([0, 1]);
	});

	it('take PyTorch’s gradients at 0: relu 0, leaky relu α', () => {
		const x = Tensor.from([0], [1], { requiresGrad: true });
		x.relu().sum().backward();
		expect(x.grad![0]).toBe(0);
		x.zeroGrad();
		x.leakyRelu(0.2).sum().backward();
		expect(x.grad![0]).toBe(0.2);
	});

	it('have gradients equal to central differences', () => {
		const ops: ((t: Tensor) => Tensor)[] = [
			(t) => t.tanh(),
			(t) => t.sigmoid(),
			(t) => t.relu(),
			(t) => t.leakyRelu(0.05),
			(t) => t.gelu(),
			(t) => t.silu()
		];
		fc.assert(
			fc.property(
				shape,
				fc.integer(),
				fc.integer({ min: 0, max: ops.length - 1 }),
				(s, seed, k) => {
					const rng = createRng(seed);
					const x = randn(s, 2, rng);
					// Central differences straddling relu's kink are wrong by design: keep away from 0.
					x.data.forEach((v, i) => (x.data[i] = Math.abs(v) < 1e-3 ? 0.5 : v));
					const w = randn(s, 1, rng);
					return gradientError(() => ops[k](x).mul(w).sum(), [x]) < 1e-8;
				}
			),
			{ seed: 7, numRuns: 40 }
		);
	});
});
