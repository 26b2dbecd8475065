/**
 * Where the graph's nodes sit: a force-directed layout (d3-force: links pull, nodes repel, a
 * collision radius keeps labels apart) run to rest here, in code, not animated. d3 places nodes
 * without a position on a fixed spiral and its jiggle draws from the seeded source given, so the
 * same graph always gives the same picture — a link shows what its sender saw.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';
import { createRng } from '$lib/math/rng';
import { finish, type Steps } from '$lib/math/steps';

export interface Placed {
	x: number;
	y: number;
}

interface SimNode {
	index?: number;
	x?: number;
	y?: number;
}

/**
 * Positions of `count` nodes joined by `links` (node indices), centred on (0, 0); `room(i)` is
 * the space node i keeps clear around it (its label's half-width, say).
 */
export function forceLayout(
	count: number,
	links: readonly { source: number; target: number }[],
	room: (i: number) => number = () => 20,
	ticks = 300
): Placed[] {
	return finish(forceLayoutSteps(count, links, room, ticks));
}

/**
 * forceLayout one tick at a time: the page runs it in chunks between frames (about 150 ms of
 * ticks for this page's 91 nodes, which in one task blocked the page for as long).
 */
export function* forceLayoutSteps(
	count: number,
	links: readonly { source: number; target: number }[],
	room: (i: number) => number = () => 20,
	ticks = 300
): Steps<Placed[]> {
	const nodes: SimNode[] = Array.from({ length: count }, () => ({}));
	const simulation = forceSimulation(nodes)
		.randomSource(createRng(40))
		.force(
			'link',
			forceLink(links.map((l) => ({ ...l })))
				.distance(60)
				.strength(0.6)
		)
		.force('charge', forceManyBody().strength(-160).distanceMax(400))
		.force('collide', forceCollide<SimNode>((n) => room(n.index ?? 0)).iterations(2))
		.force('x', forceX(0).strength(0.05))
		.force('y', forceY(0).strength(0.09))
		.stop();
	for (let t = 0; t < ticks; t++) {
		simulation.tick();
		yield;
	}
	return nodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0 }));
}

/** The room a node keeps clear for its label under it, from the label's length. */
export const labelRoom = (name: string): number => 14 + 2.6 * Math.min(name.length, 18);

/** Room around the nodes for their labels: to each side, and below (a label sits under its node). */
const PAD = 70;

/** The drawing's box around placed nodes, in their units. */
export function layoutBox(placed: readonly Placed[]): {
	x0: number;
	y0: number;
	w: number;
	h: number;
} {
	const xs = placed.map((p) => p.x);
	const ys = placed.map((p) => p.y);
	const x0 = Math.min(...xs) - PAD;
	const y0 = Math.min(...ys) - PAD / 2;
	return { x0, y0, w: Math.max(...xs) + PAD - x0, h: Math.max(...ys) + PAD - y0 };
}

/**
 * The box's width over its height for this page's graph (forceX pulls less than forceY, so it
 * comes out wider than tall): the room kept for the graph while it is laid out. A test checks it.
 */
export const LAYOUT_ASPECT = 4 / 3;
