import { describe, expect, it } from 'vitest';
import { Tensor, topologicalOrder } from './tensor';

describe('Tensor.from(values, shape)', () => {
	it('copies values into float64, row-major, with a frozen shape', () => {
		const source = [1, 2, 3, 4, 5, 6];
		const t = Tensor.from(source, [2, 3]);
		source[0] = 99;
		expect(t.data).toBeInstanceOf(Float64Array);
		expect(t.toArray()).toEqual([1, 2, 3, 4, 5, 6]);
		expect(t.shape).toEqual([2, 3]);
		expect(Object.isFrozen(t.shape)).toBe(true);
		expect(t.size).toBe(6);
		expect(t.ndim).toBe(2);
		expect(t.grad).toBeNull();
		expect(t.isLeaf).toBe(true);
	});

	it('throws when the shape does not hold the values, or is not made of counts', () => {
		expect(() => Tensor.from([1, 2, 3], [2, 2])).toThrow(/holds 4 values, data has 3/);
		expect(() => Tensor.from([1, 2], [2.5])).toThrow(/non-negative integers/);
	});

	it('scalar and item', () => {
		expect(Tensor.scalar(3).shape).toEqual([]);
		expect(Tensor.scalar(3).item()).toBe(3);
		expect(() => Tensor.from([1, 2], [2]).item()).toThrow(/not one element/);
	});
});

describe('backward()', () => {
	it('gives d(x·y + x)/dx = y + 1 and d/dy = x', () => {
		const x = Tensor.scalar(3, { requiresGrad: true });
		const y = Tensor.scalar(-2, { requiresGrad: true });
		x.mul(y).add(x).backward();
		expect(x.grad![0]).toBe(-1);
		expect(y.grad![0]).toBe(3);
	});

	it('accumulates into leaves across calls (+=) until zeroGrad', () => {
		const x = Tensor.from([1, 2], [2], { requiresGrad: true });
		x.mul(x).sum().backward();
		x.mul(x).sum().backward();
		expect(Array.from(x.grad!)).toEqual([4, 8]);
		const grad = x.grad;
		x.zeroGrad();
		expect(x.grad).toBe(grad);
		expect(Array.from(x.grad!)).toEqual([0, 0]);
	});

	it('recomputes intermediate gradients on a second call through the same graph', () => {
		const x = Tensor.scalar(2, { requiresGrad: true });
		const h = x.mul(x);
		const y = h.mul(3);
		y.backward();
		y.backward();
		expect(h.grad![0]).toBe(3);
		expect(x.grad![0]).toBe(24);
	});

	it('with retainGrads false gives the leaves the same gradients and recycles the rest', () => {
		const run = (retainGrads: boolean) => {
			const w = Tensor.from([0.5, -1, 2, 0.25], [2, 2], { requiresGrad: true });
			const x = Tensor.from([1, 2, 3, 4], [2, 2]);
			const h = x.matmul(w).tanh();
			const y = h.matmul(w).add(h).sum();
			y.backward({ retainGrads });
			return { w: Array.from(w.grad!), h: h.grad, y: y.grad };
		};
		const kept = run(true);
		const recycled = run(false);
		expect(recycled.w).toEqual(kept.w);
		expect(kept.h).not.toBeNull();
		expect(recycled.h).toBeNull();
		expect(recycled.y).toEqual(Float64Array.of(1));
	});

	it('adds the gradients of a tensor used twice (a diamond)', () => {
		const x = Tensor.scalar(1.5, { requiresGrad: true });
		const a = x.tanh();
		a.mul(a).add(a).backward();
		const t = Math.tanh(1.5);
		expect(x.grad![0]).toBeCloseTo((2 * t + 1) * (1 - t * t), 15);
	});

	it('leaves inputs without requiresGrad alone', () => {
		const x = Tensor.from([1, 2], [2], { requiresGrad: true });
		const c = Tensor.from([3, 4], [2]);
		x.mul(c).sum().backward();
		expect(c.grad).toBeNull();
		expect(Array.from(x.grad!)).toEqual([3, 4]);
	});

	it('walks a 10,000-step chain without overflowing the stack (a recursive walk overflows near 8,000)', () => {
		const x = Tensor.scalar(0, { requiresGrad: true });
		const one = Tensor.scalar(1);
		let y = x;
		for (let i = 0; i < 10_000; i++) y = y.add(one);
		y.backward({ retainGrads: false });
		expect(x.grad![0]).toBe(1);
		expect(topologicalOrder(y).length).toBe(10_002);
	});

	it('throws on a non-scalar output and on a tensor that takes no gradient', () => {
		expect(() => Tensor.from([1, 2], [2], { requiresGrad: true }).mul(2).backward()).toThrow(
			/reduce it to one value/
		);
		expect(() => Tensor.scalar(1).mul(2).backward()).toThrow(/does not require gradients/);
	});
});

describe('detach()', () => {
	it('shares the values but stops the gradient', () => {
		const x = Tensor.scalar(2, { requiresGrad: true });
		const d = x.mul(x).detach();
		expect(d.requiresGrad).toBe(false);
		x.mul(d).backward();
		expect(x.grad![0]).toBe(4);
	});
});

describe('topologicalOrder(root)', () => {
	it('puts every node after its inputs and the root last', () => {
		const a = Tensor.scalar(1, { requiresGrad: true });
		const b = Tensor.scalar(2, { requiresGrad: true });
		const c = a.mul(b);
		const d = c.add(a).exp();
		const order = topologicalOrder(d);
		expect(order.at(-1)).toBe(d);
		for (const node of order)
			for (const input of node.inputs)
				expect(order.indexOf(input)).toBeLessThan(order.indexOf(node));
		expect(new Set(order).size).toBe(order.length);
	});
});
