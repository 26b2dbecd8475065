import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../rng';
import { gradientError } from './finite-difference';
import { crossEntropy } from './losses';
import { createMlp, mlpForward, mlpParameterCount, type Mlp } from './mlp';
import { Adam } from './optim';
import { Tensor } from './tensor';

/** The smallest |pre-activation| of the hidden layers for the rows of x. */
function nearestKink(mlp: Mlp, x: Tensor): number {
	let h = x;
	let nearest = Infinity;
	for (let i = 0; i + 2 < mlp.params.length; i += 2) {
		const z = h.matmul(mlp.params[i]).add(mlp.params[i + 1]);
		for (const v of z.toArray()) nearest = Math.min(nearest, Math.abs(v));
		h = z.relu();
	}
	return nearest;
}

describe('createMlp and mlpForward', () => {
	it('counts its parameters: 2 → 16 → 16 → 2 has 354', () => {
		expect(mlpParameterCount([2, 16, 16, 2])).toBe(3 * 16 + 17 * 16 + 17 * 2);
		const mlp = createMlp([2, 16, 16, 2], createRng(1));
		expect(mlp.params.reduce((n, p) => n + p.size, 0)).toBe(354);
	});

	it('is x·W + b with no activation after the last layer (hand-set weights)', () => {
		const mlp = createMlp([1, 1, 1], createRng(1), { activation: 'relu' });
		mlp.params[0].data.set([-2]); // W₁
		mlp.params[1].data.set([1]); // b₁
		mlp.params[2].data.set([-3]); // W₂
		mlp.params[3].data.set([0.5]); // b₂
		// x = 1: relu(−2 + 1) = 0 → 0.5; x = −1: relu(3) = 3 → −8.5 (a final relu would give 0).
		expect(mlpForward(mlp, Tensor.from([1, -1], [2, 1])).toArray()).toEqual([0.5, -8.5]);
	});

	it('draws the same network from the same seed, and N(0, scale²) weights when asked', () => {
		const a = createMlp([3, 4, 2], createRng(9), { init: 'he' });
		const b = createMlp([3, 4, 2], createRng(9), { init: 'he' });
		expect(a.params[0].toArray()).toEqual(b.params[0].toArray());
		const tiny = createMlp([50, 50], createRng(9), { init: { scale: 0.01 } });
		const w = tiny.params[0].toArray();
		const std = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
		expect(std).toBeGreaterThan(0.009);
		expect(std).toBeLessThan(0.011);
	});

	it('has gradients equal to central differences for every activation', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.constantFrom('tanh', 'relu', 'sigmoid' as const),
				(seed, act) => {
					const rng = createRng(seed);
					const mlp = createMlp([3, 5, 4, 3], rng, { activation: act });
					const x = Tensor.from(
						Array.from({ length: 6 }, () => 2 * rng() - 1),
						[2, 3]
					);
					// ReLU has a kink at 0 that central differences straddle: skip networks with a
					// hidden pre-activation near it (a hidden row of zeros makes the next one exactly 0).
					if (act === 'relu') fc.pre(nearestKink(mlp, x) > 1e-3);
					return gradientError(() => crossEntropy(mlpForward(mlp, x), [0, 2]), mlp.params) < 1e-6;
				}
			),
			{ numRuns: 30 }
		);
	});

	it('learns XOR', () => {
		const mlp = createMlp([2, 8, 2], createRng(7), { init: 'he' });
		const x = Tensor.from([0, 0, 0, 1, 1, 0, 1, 1], [4, 2]);
		const opt = new Adam(mlp.params, { lr: 0.05 });
		let loss = Infinity;
		for (let step = 0; step < 400; step++) {
			opt.zeroGrad();
			const l = crossEntropy(mlpForward(mlp, x), [0, 1, 1, 0]);
			l.backward({ retainGrads: false });
			opt.step();
			loss = l.item();
		}
		expect(loss).toBeLessThan(0.01);
	});

	it('refuses fewer than two sizes or a size below 1', () => {
		expect(() => createMlp([2], createRng(1))).toThrow(/two positive/);
		expect(() => createMlp([2, 0, 1], createRng(1))).toThrow(/two positive/);
	});
});
