import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradientError, randn, Tensor } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { gruStep, initGru } from './gru';

describe('gruStep', () => {
	it('with all weights zero keeps half of h: r = z = ½, n = 0, h′ = ½h', () => {
		const w = initGru(2, 3, createRng(1));
		for (const p of [w.wx, w.wh, w.bx, w.bh]) p.data.fill(0);
		const h = Tensor.from([1, -2, 0.5], [1, 3]);
		expect(gruStep(w, Tensor.from([3, 4], [1, 2]), h).toArray()).toEqual([0.5, -1, 0.25]);
	});

	it('matches a hand-computed step of one unit', () => {
		const w = initGru(1, 1, createRng(1));
		w.wx.data.set([1, 2, 3]); // x·W_r, x·W_z, x·W_n
		w.wh.data.set([0.5, -1, 2]);
		w.bx.data.set([0, 0, 0.1]);
		w.bh.data.set([0, 0, -0.2]);
		const x = 0.4;
		const h = 0.3;
		const sig = (v: number) => 1 / (1 + Math.exp(-v));
		const r = sig(x + 0.5 * h);
		const z = sig(2 * x - h);
		const n = Math.tanh(3 * x + 0.1 + r * (2 * h - 0.2));
		const out = gruStep(w, Tensor.from([x], [1, 1]), Tensor.from([h], [1, 1])).item();
		expect(out).toBeCloseTo((1 - z) * n + z * h, 12);
	});

	it('has gradients equal to central differences for every weight, the input and the state', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 1, max: 3 }), (seed, batch) => {
				const rng = createRng(seed);
				const w = initGru(3, 4, rng);
				const x = randn([batch, 3], 1, rng);
				const h = randn([batch, 4], 1, rng);
				const probe = randn([batch, 4], 1, rng).detach();
				const f = () =>
					gruStep(w, x, gruStep(w, x, h))
						.mul(probe)
						.sum();
				return gradientError(f, [w.wx, w.wh, w.bx, w.bh, x, h]) < 1e-8;
			}),
			{ seed: 3, numRuns: 10 }
		);
	});

	it('keeps the state inside (−1, 1) when it starts there', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const rng = createRng(seed);
				const w = initGru(2, 5, rng);
				let h = Tensor.zeros([1, 5]);
				for (let i = 0; i < 10; i++) h = gruStep(w, randn([1, 2], 3, rng), h);
				return h.toArray().every((v) => Math.abs(v) < 1);
			}),
			{ numRuns: 20 }
		);
	});
});
