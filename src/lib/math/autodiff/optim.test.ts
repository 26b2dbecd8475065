import { describe, expect, it } from 'vitest';
import { Adam, AdamW, SGD, clipGradNorm } from './optim';
import { Tensor } from './tensor';

/** One parameter with value p and the given gradient, as after a backward pass. */
function param(p: number, grad: number): Tensor {
	const t = Tensor.scalar(p, { requiresGrad: true });
	t.grad = Float64Array.of(grad);
	return t;
}

describe('SGD', () => {
	it('steps p ← p − lr·g', () => {
		const p = param(1, 0.5);
		new SGD([p], { lr: 0.1 }).step();
		expect(p.item()).toBeCloseTo(0.95, 16);
	});

	it('with momentum 0.9: the velocity starts at g, then v ← 0.9v + g (PyTorch)', () => {
		const p = param(1, 1);
		const opt = new SGD([p], { lr: 0.1, momentum: 0.9 });
		opt.step(); // v = 1, p = 0.9
		expect(p.item()).toBeCloseTo(0.9, 15);
		opt.step(); // v = 1.9, p = 0.71
		expect(p.item()).toBeCloseTo(0.71, 15);
		opt.step(); // v = 2.71, p = 0.439
		expect(p.item()).toBeCloseTo(0.439, 15);
	});

	it('adds weight decay λp to the gradient, skips parameters without a gradient, and zeroes gradients', () => {
		const p = param(2, 0);
		const idle = Tensor.scalar(5, { requiresGrad: true });
		const opt = new SGD([p, idle], { lr: 0.5, weightDecay: 0.1 });
		opt.step();
		expect(p.item()).toBeCloseTo(1.9, 15);
		expect(idle.item()).toBe(5);
		p.grad![0] = 3;
		opt.zeroGrad();
		expect(p.grad![0]).toBe(0);
		expect(() => new SGD([p], { lr: 0 })).toThrow(/lr must be/);
	});
});

describe('Adam', () => {
	it('takes the hand-computed first three steps (lr 0.1, betas 0.9/0.999, gradients 0.5, −1, 2)', () => {
		const p = param(1, 0.5);
		const opt = new Adam([p], { lr: 0.1 });
		// t = 1: m = 0.05, v = 0.00025; m̂ = 0.5, v̂ = 0.25; p = 1 − 0.1·0.5/(0.5 + 1e-8).
		opt.step();
		expect(p.item()).toBeCloseTo(1 - (0.1 * 0.5) / (0.5 + 1e-8), 15);
		// t = 2: m = 0.045 − 0.1 = −0.055, v = 0.00024975 + 0.001 = 0.00124975.
		p.grad![0] = -1;
		opt.step();
		const step2 = (0.1 * (-0.055 / (1 - 0.81))) / (Math.sqrt(0.00124975 / (1 - 0.999 ** 2)) + 1e-8);
		expect(p.item()).toBeCloseTo(1 - (0.1 * 0.5) / (0.5 + 1e-8) - step2, 14);
		expect(p.item()).toBeCloseTo(0.9366103542405654, 14);
		// t = 3 (reference from the same formulas in double precision).
		p.grad![0] = 2;
		opt.step();
		expect(p.item()).toBeCloseTo(0.8946447927181046, 14);
		expect(opt.t).toBe(3);
	});

	it('moves every parameter by about lr on the first step, whatever the gradient’s scale', () => {
		const ps = [param(0, 1e-4), param(0, -300)];
		new Adam(ps, { lr: 0.01 }).step();
		expect(ps[0].item()).toBeCloseTo(-0.01, 5); // ε = 1e-8 is 0.01 % of a gradient of 1e-4
		expect(ps[1].item()).toBeCloseTo(0.01, 10);
	});
});

describe('AdamW', () => {
	it('decays the weight by lr·λ·p apart from the gradient (default λ = 0.01)', () => {
		const p = param(2, 0);
		new AdamW([p], { lr: 0.1 }).step();
		// A zero gradient leaves m = v = 0, so only the decay moves p: 2 − 0.1·0.01·2.
		expect(p.item()).toBeCloseTo(1.998, 15);
		const q = param(2, 0);
		new Adam([q], { lr: 0.1, weightDecay: 0.01 }).step();
		// Adam's L2 term goes through the normalisation instead: a full step of lr.
		expect(q.item()).toBeCloseTo(1.9, 6);
	});
});

describe('clipGradNorm(params, maxNorm)', () => {
	it('rescales to the max norm when above it and returns the norm before', () => {
		const a = param(0, 3);
		const b = param(0, 4);
		expect(clipGradNorm([a, b], 1)).toBe(5);
		expect(a.grad![0]).toBeCloseTo(0.6, 6);
		expect(b.grad![0]).toBeCloseTo(0.8, 6);
		expect(clipGradNorm([a, b], 10)).toBeCloseTo(1, 6);
		expect(a.grad![0]).toBeCloseTo(0.6, 6);
	});
});
