/**
 * The shortest path between two nodes of a graph whose edges are read in both directions, by
 * breadth-first search: nodes are visited in order of their distance from the start, so the first
 * time the goal is reached, the path that reached it has the fewest edges.
 */

/** An edge from `source` to `target` (node indices). */
export interface Edge {
	source: number;
	target: number;
}

/** One step of a path: the edge taken, and whether it was walked from its source to its target. */
export interface PathStep {
	edge: number;
	forward: boolean;
}

export interface Path {
	/** The nodes visited, start first, goal last. */
	nodes: number[];
	/** steps[i] joins nodes[i] and nodes[i + 1]. */
	steps: PathStep[];
}

/**
 * The path with the fewest edges from `from` to `to` over `nodeCount` nodes, each edge usable either
 * way; `undefined` when no path exists. Ties go to the edge listed first (so the answer is the
 * same for the same graph). `allowed(edge)` leaves edges out (e.g. relations filtered away).
 */
export function shortestPath(
	nodeCount: number,
	edges: readonly Edge[],
	from: number,
	to: number,
	allowed: (edge: number) => boolean = () => true
): Path | undefined {
	for (const node of [from, to]) {
		if (!(Number.isInteger(node) && node >= 0 && node < nodeCount)) {
			throw new Error(`shortestPath: node ${node} is outside [0, ${nodeCount})`);
		}
	}
	const around: PathStep[][] = Array.from({ length: nodeCount }, () => []);
	edges.forEach((e, i) => {
		if (!allowed(i)) return;
		around[e.source].push({ edge: i, forward: true });
		around[e.target].push({ edge: i, forward: false });
	});
	/** How each visited node was reached (the start: null). */
	const via = new Map<number, PathStep | null>([[from, null]]);
	const queue = [from];
	for (let head = 0; head < queue.length && !via.has(to); head++) {
		const node = queue[head];
		for (const step of around[node]) {
			const e = edges[step.edge];
			const next = step.forward ? e.target : e.source;
			if (via.has(next)) continue;
			via.set(next, step);
			queue.push(next);
		}
	}
	if (!via.has(to)) return undefined;
	const nodes = [to];
	const steps: PathStep[] = [];
	for (let step = via.get(to); step; step = via.get(nodes[0])) {
		const e = edges[step.edge];
		steps.unshift(step);
		nodes.unshift(step.forward ? e.source : e.target);
	}
	return { nodes, steps };
}
