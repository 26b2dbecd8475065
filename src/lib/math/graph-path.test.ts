import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shortestPath, type Edge } from './graph-path';

const edge = (source: number, target: number): Edge => ({ source, target });

/** All-pairs distances by Floyd–Warshall, the oracle for breadth-first search. */
function distances(n: number, edges: Edge[]): number[][] {
	const d = Array.from({ length: n }, (_, i) =>
		Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity))
	);
	for (const { source, target } of edges) {
		d[source][target] = Math.min(d[source][target], 1);
		d[target][source] = Math.min(d[target][source], 1);
	}
	for (let k = 0; k < n; k++)
		for (let i = 0; i < n; i++)
			for (let j = 0; j < n; j++) d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
	return d;
}

describe('shortestPath', () => {
	// 0 → 1 → 2 → 3 and a shortcut 0 → 4 ← 3 (walked backwards).
	const edges = [edge(0, 1), edge(1, 2), edge(2, 3), edge(0, 4), edge(3, 4)];

	it('finds the hand-checked shortest path, walking an edge against its direction', () => {
		const path = shortestPath(5, edges, 0, 3)!;
		expect(path.nodes).toEqual([0, 4, 3]);
		expect(path.steps).toEqual([
			{ edge: 3, forward: true },
			{ edge: 4, forward: false }
		]);
	});

	it('goes the long way when the shortcut is filtered out', () => {
		expect(shortestPath(5, edges, 0, 3, (e) => e !== 4)!.nodes).toEqual([0, 1, 2, 3]);
	});

	it('is the single node itself from a node to itself, and undefined when unreachable', () => {
		expect(shortestPath(5, edges, 2, 2)).toEqual({ nodes: [2], steps: [] });
		expect(shortestPath(6, edges, 0, 5)).toBeUndefined();
	});

	it('throws on a node outside the graph', () => {
		expect(() => shortestPath(5, edges, 0, 9)).toThrow(/outside/);
	});

	it('has as many steps as the Floyd–Warshall distance, each step joining its two nodes', () => {
		const graph = fc.integer({ min: 2, max: 9 }).chain((n) =>
			fc.record({
				n: fc.constant(n),
				edges: fc.array(
					fc.record({
						source: fc.integer({ min: 0, max: n - 1 }),
						target: fc.integer({ min: 0, max: n - 1 })
					}),
					{ maxLength: 16 }
				),
				from: fc.integer({ min: 0, max: n - 1 }),
				to: fc.integer({ min: 0, max: n - 1 })
			})
		);
		fc.assert(
			fc.property(graph, ({ n, edges, from, to }) => {
				const d = distances(n, edges)[from][to];
				const path = shortestPath(n, edges, from, to);
				if (d === Infinity) return path === undefined;
				if (!path || path.steps.length !== d) return false;
				return path.steps.every(({ edge: i, forward }, k) => {
					const e = edges[i];
					const [a, b] = forward ? [e.source, e.target] : [e.target, e.source];
					return a === path.nodes[k] && b === path.nodes[k + 1];
				});
			})
		);
	});
});
