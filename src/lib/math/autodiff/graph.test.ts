import { describe, expect, it } from 'vitest';
import { graph } from './graph';
import { Tensor } from './tensor';

describe('graph(root)', () => {
	it('lists f = (x·y + x)² with ops, inputs, values and gradients after backward', () => {
		const x = Tensor.scalar(3, { requiresGrad: true, name: 'x' });
		const y = Tensor.scalar(-2, { requiresGrad: true, name: 'y' });
		const xy = x.mul(y);
		const s = xy.add(x);
		const f = s.pow(2);
		const before = graph(f);
		expect(before.map((n) => n.op)).toEqual([null, null, 'mul', 'add', 'pow']);
		expect(before.map((n) => n.name)).toEqual(['x', 'y', undefined, undefined, undefined]);
		expect(before[2].inputs).toEqual([x.id, y.id]);
		expect(before[3].inputs).toEqual([xy.id, x.id]);
		expect(before.map((n) => n.grad)).toEqual([null, null, null, null, null]);

		f.backward();
		const after = graph(f);
		// s = −3, f = 9; ∂f/∂s = 2s = −6, ∂f/∂xy = −6, ∂f/∂x = −6·(y + 1) = 6, ∂f/∂y = −6·x = −18.
		expect(after.map((n) => n.value[0])).toEqual([3, -2, -6, -3, 9]);
		expect(after.map((n) => n.grad![0])).toEqual([6, -18, -6, -6, 1]);
		expect(after.at(-1)!.tensor).toBe(f);
	});

	it('shows constants as leaves without gradient', () => {
		const x = Tensor.scalar(1, { requiresGrad: true });
		const nodes = graph(x.mul(2));
		expect(nodes).toHaveLength(3);
		expect(nodes[1]).toMatchObject({ op: null, inputs: [], grad: null });
	});
});
