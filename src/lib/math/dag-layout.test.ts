import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutDag, placeInOrder } from './dag-layout';

describe('placeInOrder(wish)', () => {
	it('keeps wishes that are already 1 apart', () => {
		expect(placeInOrder([0, 2, 5])).toEqual([0, 2, 5]);
	});
	it('spreads wishes that collide around their mean', () => {
		expect(placeInOrder([1, 1])).toEqual([0.5, 1.5]);
		expect(placeInOrder([3, 3, 3])).toEqual([2, 3, 4]);
		expect(placeInOrder([0, 5, 5])).toEqual([0, 4.5, 5.5]);
	});
	it('keeps order with gaps ≥ 1 and the mean of the wishes (a least-squares fit)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1 }),
				(w) => {
					const p = placeInOrder(w);
					for (let i = 1; i < p.length; i++) expect(p[i] - p[i - 1]).toBeGreaterThan(1 - 1e-9);
					const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
					expect(sum(p)).toBeCloseTo(sum(w), 6);
				}
			),
			{ seed: 7 }
		);
	});
});

/** tanh(w*x + b) * y as the expression graph builds it. */
const NEURON = [[], [], [0, 1], [], [2, 3], [4], [], [5, 6]];

describe('layoutDag(inputs)', () => {
	it('layers the neuron by longest path to the output: b beside w·x, y beside tanh', () => {
		const { layer, layers } = layoutDag(NEURON);
		expect(layers).toBe(5);
		expect(layer).toEqual([0, 0, 1, 1, 2, 3, 3, 4]);
	});
	it('keeps leaves in the order they are written and centres a node under its inputs', () => {
		const { x } = layoutDag(NEURON);
		expect(x[0]).toBeLessThan(x[1]); // w left of x
		expect(x[2]).toBeLessThan(x[3]); // w·x left of b
		expect(x[5]).toBeLessThan(x[6]); // tanh left of y
		expect(x[7]).toBeCloseTo((x[5] + x[6]) / 2, 9);
		expect(Math.min(...x)).toBe(0);
	});
	it('stacks a chain straight down', () => {
		const { x, layer } = layoutDag([[], [0], [1], [2]]);
		expect(layer).toEqual([0, 1, 2, 3]);
		expect(new Set(x).size).toBe(1);
	});
	it('handles an empty graph and a variable used twice by one node', () => {
		expect(layoutDag([])).toEqual({ layer: [], x: [], layers: 0, width: 0 });
		expect(layoutDag([[], [0, 0]]).layer).toEqual([0, 1]);
	});

	/** A random DAG in topological order: each node reads up to 2 earlier nodes. */
	const dag = fc
		.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 2 })), { maxLength: 40 })
		.map((specs) =>
			specs.map(([a, b, arity], id) => (id === 0 ? [] : [a % id, b % id].slice(0, arity)))
		);

	it('every edge points down, and nodes of a layer are at least 1 apart', () => {
		fc.assert(
			fc.property(dag, (inputs) => {
				const { layer, x } = layoutDag(inputs);
				inputs.forEach((ins, id) => ins.forEach((i) => expect(layer[i]).toBeLessThan(layer[id])));
				const byLayer = new Map<number, number[]>();
				layer.forEach((l, id) => byLayer.set(l, [...(byLayer.get(l) ?? []), x[id]]));
				for (const xs of byLayer.values()) {
					xs.sort((a, b) => a - b);
					for (let k = 1; k < xs.length; k++) expect(xs[k] - xs[k - 1]).toBeGreaterThan(1 - 1e-9);
				}
			}),
			{ seed: 31 }
		);
	});

	/** A random binary tree (node k splits when splits[k] says so, down to depth 5) in post-order. */
	const tree = fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }).map((splits) => {
		const inputs: number[][] = [];
		const grow = (depth: number, k: number): number => {
			if (depth > 4 || !splits[k % splits.length]) {
				inputs.push([]);
				return inputs.length - 1;
			}
			const left = grow(depth + 1, k * 2 + 1);
			const right = grow(depth + 1, k * 2 + 2);
			inputs.push([left, right]);
			return inputs.length - 1;
		};
		grow(0, 0);
		return inputs;
	});

	it('draws a tree with every edge one layer long and no two edges crossing', () => {
		fc.assert(
			fc.property(tree, (inputs) => {
				const { layer, x } = layoutDag(inputs);
				const edges = inputs.flatMap((ins, id) => ins.map((i) => [i, id] as const));
				for (const [a, p] of edges) expect(layer[p] - layer[a]).toBe(1);
				for (const [a, p] of edges) {
					for (const [b, q] of edges) {
						if (layer[a] !== layer[b] || a === b) continue;
						expect((x[a] - x[b]) * (x[p] - x[q])).toBeGreaterThanOrEqual(-1e-9);
					}
				}
			}),
			{ seed: 5 }
		);
	});
});
