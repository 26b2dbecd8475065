/**
 * Where the graph's nodes sit: a force-directed layout (d3-force: links pull, nodes repel, a
 * collision radius keeps labels apart) run to rest here, in code, not animated. d3 places nodes
 * without a position on a fixed spiral and its jiggle draws from the seeded source given, so the
 * same graph always gives the same picture — a link shows what its sender saw.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';
import { createRng } from '$lib/math/rng';

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
	simulation.tick(ticks);
	return nodes.map((n) => ({ x: n.x ?? 0, y: n.y ?? 0 }));
}
