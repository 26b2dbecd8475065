import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beamSearch, greedyDecode, type NextLogProbs } from '$lib/math/beam';
import { createRng } from '$lib/math/rng';
import {
	beamsAt,
	layoutTree,
	nodeNear,
	searchTree,
	statusAt,
	type GreedyPath,
	type SearchNode
} from './search-tree';
import { nodeShapes, treePaths } from './tree-paths';

/** Greedy's trap with an end token: 0 = ⏎, 1 = A (0.6, then ⏎ 0.5 / A 0.5), 2 = B (0.4, then B 0.9). */
const trap: NextLogProbs = (prefix) => {
	const table: Record<string, number[]> = {
		'': [0, 0.6, 0.4],
		'1': [0.5, 0.5, 0],
		'2': [0.1, 0, 0.9]
	};
	return (table[prefix.join(',')] ?? [1, 0, 0]).map(Math.log);
};

/** A random model: the distribution after a prefix is seeded by the prefix. */
const randomModel =
	(seed: number, vocab: number): NextLogProbs =>
	(prefix) => {
		const rng = createRng(prefix.reduce((h, t) => Math.imul(h ^ (t + 7), 0x9e3779b1), seed));
		const w = Array.from({ length: vocab }, () => rng() + 0.05);
		const total = w.reduce((a, b) => a + b, 0);
		return w.map((x) => Math.log(x / total));
	};

const randomModelFor = (vocab: number) => randomModel(42, vocab);

function greedyPath(next: NextLogProbs, steps: number, eos?: number): GreedyPath {
	const { tokens } = greedyDecode(next, steps, eos);
	return { tokens, logProbs: tokens.map((t, i) => next(tokens.slice(0, i))[t]) };
}

const find = (nodes: SearchNode[], path: number[]) => {
	let at = nodes[0];
	for (const t of path) at = nodes.find((n) => n.parent === at.id && n.token === t)!;
	return at;
};

/** Statuses the slow way: walk up from every live or finished node after `shown` steps. */
function naiveStatuses(nodes: SearchNode[], shown: number): Map<number, string> {
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const out = new Map<number, string>();
	for (const n of nodes) {
		if (n.depth > shown || n.base === 'root') continue;
		if (n.base === 'kept') out.set(n.id, n.depth === shown ? 'live' : 'dropped');
		else out.set(n.id, n.base);
	}
	for (const n of nodes) {
		const s = out.get(n.id);
		if (s !== 'live' && s !== 'finished') continue;
		for (let p = byId.get(n.parent!); p && p.parent !== null; p = byId.get(p.parent)) {
			if (out.get(p.id) === 'dropped') out.set(p.id, 'prefix');
		}
	}
	return out;
}

describe('searchTree(steps, greedy) and statusAt(node, shown)', () => {
	const run = beamSearch(trap, { beamWidth: 2, maxSteps: 2, eos: 0 });
	const nodes = searchTree(run.steps, greedyPath(trap, 2, 0));

	it('holds every candidate, one level per step', () => {
		const candidates = run.steps.reduce((a, s) => a + s.candidates.length, 0);
		expect(nodes.filter((n) => n.base !== 'greedy')).toHaveLength(candidates + 1);
		expect(nodes.filter((n) => n.depth === 1).map((n) => n.token)).toEqual([1, 2]);
	});

	it('tells live, prefix, pruned and finished apart as the steps are revealed', () => {
		expect(statusAt(find(nodes, [1]), 1)).toBe('live');
		expect(statusAt(find(nodes, [2]), 1)).toBe('live');
		// Step 2 keeps B-B (0.36) and A-⏎ (0.30); A-A (0.30) loses the tie to the earlier beam.
		expect(statusAt(find(nodes, [2, 2]), 2)).toBe('finished');
		expect(statusAt(find(nodes, [1, 0]), 2)).toBe('finished');
		expect(statusAt(find(nodes, [1, 1]), 2)).toBe('pruned');
		expect(statusAt(find(nodes, [1]), 2)).toBe('prefix');
	});

	it('agrees with walking up from every beam, for random searches', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({ min: 2, max: 4 }),
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 1, max: 5 }),
				fc.boolean(),
				(seed, vocab, width, steps, withEos) => {
					const next = randomModel(seed, vocab);
					const eos = withEos ? 0 : undefined;
					const r = beamSearch(next, { beamWidth: width, maxSteps: steps, eos });
					const all = searchTree(r.steps, greedyPath(next, steps, eos));
					for (let shown = 1; shown <= r.steps.length; shown++) {
						const naive = naiveStatuses(all, shown);
						for (const [id, status] of naive) {
							expect(
								statusAt(
									all.find((n) => n.id === id)!,
									shown
								)
							).toBe(status);
						}
						const beams = beamsAt(all, shown);
						expect(beams.length).toBeLessThanOrEqual(width);
						expect(beams.length).toBeGreaterThan(0);
					}
				}
			)
		);
	});

	it('draws greedy decoding over the tree, adding ghosts where it leaves the beams', () => {
		const narrow = beamSearch(trap, { beamWidth: 1, maxSteps: 2, eos: 0 });
		// Width 1 is greedy: its path is on the tree (A, then ⏎ by the lower id on a 0.5 tie).
		const onTree = searchTree(narrow.steps, greedyPath(trap, 2, 0));
		expect(onTree.filter((n) => n.greedy).map((n) => n.token)).toEqual([-1, 1, 0]);
		expect(onTree.some((n) => n.base === 'greedy')).toBe(false);
		// A path the width-1 search never expands (B-B) appears as ghost nodes.
		const offTree = searchTree(narrow.steps, { tokens: [2, 2], logProbs: [-1, -2] });
		const ghosts = offTree.filter((n) => n.base === 'greedy');
		expect(ghosts.map((n) => [n.id, n.parent, n.token, n.cumLogProb])).toEqual([
			[-1, 0, 2, -1],
			[-2, -1, 2, -3]
		]);
		expect(statusAt(ghosts[0], 2)).toBe('greedy');
	});
});

describe('beamsAt(nodes, shown)', () => {
	const run = beamSearch(trap, { beamWidth: 2, maxSteps: 2, eos: 0 });
	const nodes = searchTree(run.steps, greedyPath(trap, 2, 0));

	it('after the last step equals the search’s own sequences, with per-token log-probabilities', () => {
		const beams = beamsAt(nodes, run.steps.length);
		expect(beams.map((b) => [b.tokens, b.logProb])).toEqual(
			run.sequences.map((s) => [s.tokens, s.logProb])
		);
		for (const b of beams) {
			expect(b.logProbs.reduce((a, x) => a + x, 0)).toBeCloseTo(b.logProb, 12);
			expect(b.finished).toBe(true);
		}
	});

	it('midway lists the live beams', () => {
		expect(beamsAt(nodes, 1).map((b) => [b.tokens, b.finished])).toEqual([
			[[1], false],
			[[2], false]
		]);
	});
});

describe('layoutTree(nodes, size) and treePaths(layout, shapes, shown)', () => {
	const run = beamSearch(trap, { beamWidth: 3, maxSteps: 2, eos: 0 });
	const layout = layoutTree(searchTree(run.steps, greedyPath(trap, 2, 0)), {
		rowHeight: 20,
		columnWidth: 100
	});

	it('puts each step in its own column, nodes a row apart, grouped by parent', () => {
		for (const n of layout.nodes) expect(n.x).toBe(n.depth * 100);
		layout.columns.forEach((column, d) => {
			for (let i = 1; i < column.length; i++) {
				expect(column[i].y - column[i - 1].y).toBeGreaterThanOrEqual(20);
			}
			// Each parent's children sit together.
			const parents = column.map((n) => n.parent);
			expect(new Set(parents).size).toBe(parents.filter((p, i) => p !== parents[i - 1]).length);
			expect(layout.upTo[d].y0).toBeLessThanOrEqual(column[0].y);
			expect(layout.upTo[d].y1).toBeGreaterThanOrEqual(column.at(-1)!.y);
		});
		expect(layout.children.get(0)!.map((n) => n.token)).toEqual([1, 2]);
	});

	it('keeps groups in their parents’ order, and a column where a longer search puts it', () => {
		const wide = beamSearch(randomModelFor(3), { beamWidth: 3, maxSteps: 4 });
		const g = greedyPath(randomModelFor(3), 4);
		const full = layoutTree(searchTree(wide.steps, g), { rowHeight: 20, columnWidth: 100 });
		for (let d = 2; d < full.columns.length; d++) {
			const parentYs = full.columns[d].map((n) => full.nodes.find((m) => m.id === n.parent)!.y);
			expect(parentYs).toEqual([...parentYs].sort((a, b) => a - b));
		}
		const shorter = beamSearch(randomModelFor(3), { beamWidth: 3, maxSteps: 2 });
		const part = layoutTree(searchTree(shorter.steps, greedyPath(randomModelFor(3), 2)), {
			rowHeight: 20,
			columnWidth: 100
		});
		expect(part.columns[1].map((n) => n.y)).toEqual(full.columns[1].map((n) => n.y));
	});

	it('draws one shape per revealed node and link, column by column', () => {
		const count = (d: string, cmd: RegExp) => (d.match(cmd) ?? []).length;
		const all = (paths: ReturnType<typeof treePaths>, key: keyof (typeof paths.columns)[0]) =>
			paths.columns.map((c) => c[key]).join('');
		const shapes = nodeShapes(layout);
		const one = treePaths(layout, shapes, 1);
		expect(one.columns).toHaveLength(1);
		// Two children of the root, both live: two circles (each two arcs), two links, nothing faded.
		expect(count(all(one, 'beamMarks'), /a/g)).toBe(4);
		expect(count(all(one, 'beamLinks'), /M/g)).toBe(2);
		expect(all(one, 'fadedMarks')).toBe('');
		const two = treePaths(layout, shapes, 2);
		const revealed = layout.nodes.filter((n) => n.depth <= 2).length - 1;
		expect(count(all(two, 'beamLinks') + all(two, 'fadedLinks'), /M/g)).toBe(revealed);
		expect(count(all(two, 'finishedMarks'), /z/g)).toBe(run.sequences.length);
		// Greedy: root → A → ⏎, two links and three rings.
		expect(count(two.greedyLine, /M/g)).toBe(2);
		expect(count(two.greedyRings, /M/g)).toBe(3);
		// Live → prefix keeps the look, so the first column's strings (and pixels) stay as they were.
		expect(two.columns[0]).toEqual(one.columns[0]);
	});
});

describe('nodeNear(layout, maxDepth, x, y, radius)', () => {
	it('finds the nearest revealed node closer than the radius, as a search of every node does', () => {
		const run = beamSearch(randomModelFor(4), { beamWidth: 3, maxSteps: 4 });
		const layout = layoutTree(searchTree(run.steps, greedyPath(randomModelFor(4), 4)), {
			rowHeight: 20,
			columnWidth: 100
		});
		const coordinate = fc.double({ min: -100, max: 500, noNaN: true });
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 4 }),
				coordinate,
				coordinate,
				fc.integer({ min: 1, max: 150 }),
				(maxDepth, x, y, radius) => {
					const distance = (n: { x: number; y: number }) => Math.hypot(n.x - x, n.y - y);
					const within = layout.nodes.filter((n) => n.depth <= maxDepth && distance(n) < radius);
					const found = nodeNear(layout, maxDepth, x, y, radius);
					if (within.length === 0) expect(found).toBeUndefined();
					else expect(distance(found!)).toBe(Math.min(...within.map(distance)));
				}
			)
		);
	});
});
