import { lengthPenalizedScore, type BeamStep } from '$lib/math/beam';
import { mean } from '$lib/math/stats';

/**
 * The whole beam-search tree, every step at once, so that its layout stays put while the stepper
 * reveals it. What a node is depends on how many steps are shown (`statusAt`):
 * - live: kept at the last shown step, a beam still being extended;
 * - finished: ended (eos or the last step), one of the output sequences;
 * - prefix: kept earlier, and some live or finished beam continues it;
 * - dropped: kept earlier, but every continuation has since been pruned;
 * - pruned: not kept at its own step;
 * - greedy: off the beam tree, only on greedy decoding's path (drawn as a ghost).
 */
export type NodeStatus = 'root' | 'live' | 'finished' | 'prefix' | 'dropped' | 'pruned' | 'greedy';

export interface SearchNode {
	/** Candidate id from the search (0 for the root); greedy-only nodes count down from −1. */
	id: number;
	parent: number | null;
	token: number;
	/** The step that made it (1-based); 0 for the root. */
	depth: number;
	/** log P(token | prefix), and the sum along the path. */
	logProb: number;
	cumLogProb: number;
	score: number;
	/** What the search decided at the node's own step. */
	base: 'root' | 'kept' | 'finished' | 'pruned' | 'greedy';
	/** On greedy decoding's path. */
	greedy: boolean;
	/** Deepest step reached by a chain of chosen (kept or finished) descendants. */
	reach: number;
	/** Earliest step at which a chain of chosen descendants finishes (Infinity if none). */
	finishAt: number;
}

export interface GreedyPath {
	tokens: number[];
	logProbs: number[];
}

/** Every candidate of the search, and greedy's path (ghost nodes where it leaves the tree). */
export function searchTree(
	steps: readonly BeamStep[],
	greedy: GreedyPath,
	lengthPenalty = 0
): SearchNode[] {
	const root: SearchNode = {
		id: 0,
		parent: null,
		token: -1,
		depth: 0,
		logProb: 0,
		cumLogProb: 0,
		score: 0,
		base: 'root',
		greedy: true,
		reach: 0,
		finishAt: Infinity
	};
	const nodes: SearchNode[] = [root];
	steps.forEach((step, s) => {
		for (const c of step.candidates) {
			nodes.push({
				id: c.id,
				parent: c.parent,
				token: c.token,
				depth: s + 1,
				logProb: c.logProb,
				cumLogProb: c.cumLogProb,
				score: c.score,
				base: c.status,
				greedy: false,
				reach: s + 1,
				finishAt: c.status === 'finished' ? s + 1 : Infinity
			});
		}
	});
	// Children come after their parents, so one backward pass carries reach and finishAt up.
	const byId = new Map(nodes.map((n) => [n.id, n]));
	for (let i = nodes.length - 1; i > 0; i--) {
		const n = nodes[i];
		const parent = byId.get(n.parent!)!;
		if (n.base === 'pruned' || parent.base !== 'kept') continue;
		parent.reach = Math.max(parent.reach, n.reach);
		parent.finishAt = Math.min(parent.finishAt, n.finishAt);
	}
	addGreedyPath(nodes, greedy, lengthPenalty);
	return nodes;
}

function addGreedyPath(nodes: SearchNode[], greedy: GreedyPath, alpha: number) {
	const children = new Map<number, SearchNode[]>();
	for (const n of nodes) {
		if (n.parent === null) continue;
		const list = children.get(n.parent) ?? [];
		list.push(n);
		children.set(n.parent, list);
	}
	let at = nodes[0];
	let ghostId = -1;
	greedy.tokens.forEach((token, i) => {
		let child = children.get(at.id)?.find((c) => c.token === token);
		if (!child) {
			const cumLogProb = at.cumLogProb + greedy.logProbs[i];
			child = {
				id: ghostId--,
				parent: at.id,
				token,
				depth: i + 1,
				logProb: greedy.logProbs[i],
				cumLogProb,
				score: lengthPenalizedScore(cumLogProb, i + 1, alpha),
				base: 'greedy',
				greedy: true,
				reach: i + 1,
				finishAt: Infinity
			};
			nodes.push(child);
		}
		child.greedy = true;
		at = child;
	});
}

/** What a node is once `shown` steps are shown (only meaningful for depth ≤ shown). */
export function statusAt(n: SearchNode, shown: number): NodeStatus {
	if (n.base !== 'kept') return n.base;
	if (n.depth >= shown) return 'live';
	return n.reach >= shown || n.finishAt <= shown ? 'prefix' : 'dropped';
}

export interface Beam {
	/** The node at the end of the beam. */
	id: number;
	tokens: number[];
	/** Each token's log-probability given what came before. */
	logProbs: number[];
	logProb: number;
	score: number;
	finished: boolean;
}

/** The beams after `shown` steps, live and finished, best score first. */
export function beamsAt(nodes: readonly SearchNode[], shown: number): Beam[] {
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const beams: Beam[] = [];
	for (const n of nodes) {
		if (n.depth > shown || n.depth === 0) continue;
		const status = statusAt(n, shown);
		if (status !== 'live' && status !== 'finished') continue;
		const path: SearchNode[] = [];
		for (let p: SearchNode | undefined = n; p && p.parent !== null; p = byId.get(p.parent)) {
			path.unshift(p);
		}
		beams.push({
			id: n.id,
			tokens: path.map((p) => p.token),
			logProbs: path.map((p) => p.logProb),
			logProb: n.cumLogProb,
			score: n.score,
			finished: status === 'finished'
		});
	}
	// Stable: equal scores keep the search's own order.
	return beams.sort((a, b) => b.score - a.score);
}

export interface PlacedNode extends SearchNode {
	/** Horizontal position (by depth) and vertical position (by the tidy-tree layout). */
	x: number;
	y: number;
}

export interface TreeLayout {
	/** In the order given, so the root comes first. */
	nodes: PlacedNode[];
	/** Each node's children, top to bottom. */
	children: Map<number, PlacedNode[]>;
	/** The nodes of each depth, top to bottom. */
	columns: PlacedNode[][];
	/** upTo[d]: the vertical extent of the nodes of depth ≤ d. */
	upTo: { y0: number; y1: number }[];
	columnWidth: number;
}

/** Extra space between the children of different parents, in rows. */
const GROUP_GAP = 0.5;

/**
 * A layered left-to-right layout: one column per step, holding every candidate of that step.
 * A pre-order walk (children in the search's order) lists each column grouped by parent, parents
 * in the previous column's order, so links barely cross. Within a column nodes are a row apart (a
 * little more between groups), and the column is centred on the parents it hangs from. A tidy
 * tree would give each of the ~1,900 pruned leaves its own row; this needs only the widest step.
 */
export function layoutTree(
	nodes: readonly SearchNode[],
	size: { rowHeight: number; columnWidth: number }
): TreeLayout {
	const kids = new Map<number, SearchNode[]>();
	for (const n of nodes) {
		if (n.parent === null) continue;
		const list = kids.get(n.parent);
		if (list) list.push(n);
		else kids.set(n.parent, [n]);
	}
	const placed = new Map<number, PlacedNode>();
	const columns: PlacedNode[][] = [];
	const stack: SearchNode[] = [nodes[0]];
	while (stack.length > 0) {
		const n = stack.pop()!;
		const p: PlacedNode = { ...n, x: n.depth * size.columnWidth, y: 0 };
		placed.set(p.id, p);
		(columns[n.depth] ??= []).push(p);
		const list = kids.get(n.id);
		if (list) for (let i = list.length - 1; i >= 0; i--) stack.push(list[i]);
	}

	const children = new Map<number, PlacedNode[]>();
	const upTo: { y0: number; y1: number }[] = [];
	columns.forEach((column, d) => {
		let y = 0;
		column.forEach((n, i) => {
			if (i > 0 && n.parent !== column[i - 1].parent) y += GROUP_GAP * size.rowHeight;
			n.y = y;
			y += size.rowHeight;
		});
		const target = d === 0 ? 0 : mean(column.map((n) => placed.get(n.parent!)!.y));
		// Whole pixels: the path data of ~2,000 nodes stays short, quick to write and to parse.
		const shift = Math.round(target - mean(column.map((n) => n.y)));
		for (const n of column) {
			n.y += shift;
			if (n.parent !== null) {
				const siblings = children.get(n.parent) ?? [];
				siblings.push(n);
				children.set(n.parent, siblings);
			}
		}
		const prev = upTo[d - 1] ?? { y0: Infinity, y1: -Infinity };
		upTo[d] = {
			y0: Math.min(prev.y0, column[0].y),
			y1: Math.max(prev.y1, column[column.length - 1].y)
		};
	});
	return {
		nodes: nodes.map((n) => placed.get(n.id)!),
		children,
		columns,
		upTo,
		columnWidth: size.columnWidth
	};
}

/**
 * The node of depth ≤ maxDepth nearest to (x, y), if any lies closer than `radius`. Columns are x
 * apart by columnWidth and sorted by y, so only the columns and rows within reach are looked at.
 */
export function nodeNear(
	layout: TreeLayout,
	maxDepth: number,
	x: number,
	y: number,
	radius: number
): PlacedNode | undefined {
	let best: PlacedNode | undefined;
	let bestDistance = radius;
	const first = Math.max(0, Math.ceil((x - radius) / layout.columnWidth));
	const last = Math.min(
		maxDepth,
		layout.columns.length - 1,
		Math.floor((x + radius) / layout.columnWidth)
	);
	for (let d = first; d <= last; d++) {
		const column = layout.columns[d];
		let lo = 0;
		let hi = column.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (column[mid].y < y - radius) lo = mid + 1;
			else hi = mid;
		}
		for (let i = lo; i < column.length && column[i].y <= y + radius; i++) {
			const distance = Math.hypot(column[i].x - x, column[i].y - y);
			if (distance < bestDistance) {
				best = column[i];
				bestDistance = distance;
			}
		}
	}
	return best;
}
