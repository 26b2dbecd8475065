/** Whole networks built from the engine: gradients of composed graphs, and learning. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, type Rng } from '../rng';
import { gradientError } from './finite-difference';
import { heNormal, randn, xavierUniform } from './init';
import { binaryCrossEntropyWithLogits, crossEntropy } from './losses';
import { concat } from './ops/layout';
import { Adam } from './optim';
import { Tensor } from './tensor';

describe('a 2-layer MLP with cross-entropy', () => {
	it('has gradients equal to central differences for every weight and the input', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 1, max: 4 }), (seed, n) => {
				const rng = createRng(seed);
				const x = randn([n, 3], 1, rng);
				const w1 = heNormal([3, 5], rng);
				const b1 = randn([5], 0.1, rng);
				const w2 = xavierUniform([5, 4], rng);
				const b2 = randn([4], 0.1, rng);
				const targets = Array.from({ length: n }, () => Math.floor(rng() * 4));
				const f = () => crossEntropy(x.matmul(w1).add(b1).tanh().matmul(w2).add(b2), targets);
				return gradientError(f, [x, w1, b1, w2, b2]) < 1e-8;
			}),
			{ seed: 2, numRuns: 15 }
		);
	});

	it('learns XOR with Adam (loss below 0.01 within 300 steps, all four right)', () => {
		const rng = createRng(7);
		const x = Tensor.from([0, 0, 0, 1, 1, 0, 1, 1], [4, 2]);
		const y = [0, 1, 1, 0];
		const params = [
			heNormal([2, 8], rng),
			Tensor.zeros([8], { requiresGrad: true }),
			heNormal([8, 2], rng),
			Tensor.zeros([2], { requiresGrad: true })
		];
		const [w1, b1, w2, b2] = params;
		const forward = () => x.matmul(w1).add(b1).tanh().matmul(w2).add(b2);
		const opt = new Adam(params, { lr: 0.05 });
		let loss = Infinity;
		for (let step = 0; step < 300 && loss > 0.01; step++) {
			opt.zeroGrad();
			const l = crossEntropy(forward(), y);
			l.backward({ retainGrads: false });
			opt.step();
			loss = l.item();
		}
		expect(loss).toBeLessThan(0.01);
		const logits = forward().toArray();
		y.forEach((label, i) =>
			expect(logits[2 * i + label]).toBeGreaterThan(logits[2 * i + 1 - label])
		);
	});
});

/** One pre-norm transformer block with causal multi-head attention: x + attn(ln(x)), then + mlp(ln(·)). */
function block(x: Tensor, p: Record<string, Tensor>, heads: number): Tensor {
	const [t, d] = x.shape;
	const dh = d / heads;
	const split = (m: Tensor) => m.reshape([t, heads, dh]).transpose(0, 1); // [H, T, dh]
	const h = x.layerNorm(p.g1, p.b1);
	const qkv = h.matmul(p.wqkv);
	const q = split(qkv.narrow(1, 0, d));
	const k = split(qkv.narrow(1, d, d));
	const v = split(qkv.narrow(1, 2 * d, d));
	const causal = Array.from({ length: t * t }, (_, i) => i % t > Math.floor(i / t));
	const att = q
		.matmul(k.transpose())
		.mul(1 / Math.sqrt(dh))
		.maskedFill(causal, -Infinity)
		.softmax();
	const y = att.matmul(v).transpose(0, 1).reshape([t, d]).matmul(p.wo);
	const r = x.add(y);
	return r.add(r.layerNorm(p.g2, p.b2).matmul(p.w1).gelu().matmul(p.w2));
}

function blockParams(d: number, rng: Rng): Record<string, Tensor> {
	return {
		g1: randn([d], 0.1, rng).add(1).detach(),
		b1: randn([d], 0.1, rng),
		wqkv: xavierUniform([d, 3 * d], rng),
		wo: xavierUniform([d, d], rng),
		g2: randn([d], 0.1, rng),
		b2: randn([d], 0.1, rng),
		w1: xavierUniform([d, 2 * d], rng),
		w2: xavierUniform([2 * d, d], rng)
	};
}

describe('a transformer block (causal 2-head attention, layer norms, GELU MLP)', () => {
	it('has gradients equal to central differences', () => {
		const rng = createRng(22);
		const p = blockParams(4, rng);
		const x = randn([3, 4], 1, rng);
		const probe = randn([3, 4], 1, rng);
		const f = () => block(x, p, 2).mul(probe).sum();
		expect(gradientError(f, [x, ...Object.values(p).filter((t) => t.requiresGrad)])).toBeLessThan(
			1e-7
		);
	});

	it('is causal: the output at position 0 does not depend on later positions', () => {
		const rng = createRng(3);
		const p = blockParams(4, rng);
		const x = randn([3, 4], 1, rng);
		const before = block(x, p, 2).narrow(0, 0, 1).toArray();
		x.data[8] += 5;
		expect(block(x, p, 2).narrow(0, 0, 1).toArray()).toEqual(before);
	});
});

describe('a GRU cell unrolled over 3 steps', () => {
	it('has gradients equal to central differences', () => {
		const rng = createRng(8);
		const [din, dh] = [2, 3];
		const wx = xavierUniform([din, 3 * dh], rng);
		const wh = xavierUniform([dh, 3 * dh], rng);
		const b = randn([3 * dh], 0.1, rng);
		const xs = [0, 1, 2].map(() => randn([1, din], 1, rng));
		const run = () => {
			let h = Tensor.zeros([1, dh]);
			for (const x of xs) {
				const gx = x.matmul(wx).add(b);
				const gh = h.matmul(wh);
				const z = gx
					.narrow(1, 0, dh)
					.add(gh.narrow(1, 0, dh))
					.sigmoid();
				const r = gx
					.narrow(1, dh, dh)
					.add(gh.narrow(1, dh, dh))
					.sigmoid();
				const n = gx
					.narrow(1, 2 * dh, dh)
					.add(r.mul(gh.narrow(1, 2 * dh, dh)))
					.tanh();
				h = z.mul(-1).add(1).mul(n).add(z.mul(h));
			}
			return h.sum();
		};
		expect(gradientError(run, [wx, wh, b, ...xs])).toBeLessThan(1e-8);
	});
});

describe('skip-gram with negative sampling', () => {
	it('has gradients equal to central differences for both embedding tables', () => {
		const rng = createRng(12);
		const inside = randn([6, 3], 0.5, rng);
		const outside = randn([6, 3], 0.5, rng);
		const f = () => {
			const centre = inside.gatherRows([1, 1, 4, 4]);
			const context = outside.gatherRows([2, 5, 0, 1]);
			const scores = centre.mul(context).sum(1);
			return binaryCrossEntropyWithLogits(concat([scores], 0), [1, 0, 1, 0]);
		};
		expect(gradientError(f, [inside, outside])).toBeLessThan(1e-8);
	});
});
