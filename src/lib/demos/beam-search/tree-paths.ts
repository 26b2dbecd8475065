import { statusAt, type PlacedNode, type TreeLayout } from './search-tree';

/** The shapes of one column (one step): links into its nodes, and the nodes' marks. */
export interface ColumnPaths {
	/** Links into live, finished and prefix nodes: the surviving beams. */
	beamLinks: string;
	/** Links into pruned and dropped nodes. */
	fadedLinks: string;
	/** Filled circles: live beams and their prefixes. */
	beamMarks: string;
	/** Filled squares: finished sequences. */
	finishedMarks: string;
	/** Hollow circles: pruned and dropped candidates, and greedy-only ghosts. */
	fadedMarks: string;
}

/**
 * The tree's shapes as a handful of SVG path strings per column, instead of an element per node:
 * a 2,000-node tree then costs the browser about a hundred elements to draw and to pan, and a
 * step repaints only the columns whose strings changed.
 */
export interface TreePaths {
	columns: ColumnPaths[];
	/** Greedy decoding's path, from the root through every greedy node shown. */
	greedyLine: string;
	/** Rings around every node on greedy's path. */
	greedyRings: string;
}

const R = 5;
const circle = (n: PlacedNode, r = R) =>
	`M${n.x - r},${n.y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
const square = (n: PlacedNode) => `M${n.x - R},${n.y - R}h${2 * R}v${2 * R}h${-2 * R}z`;
export const curve = (s: PlacedNode, e: PlacedNode) => {
	const mx = (s.x + e.x) / 2;
	return `M${s.x},${s.y}C${mx},${s.y} ${mx},${e.y} ${e.x},${e.y}`;
};

/** The shapes of every node of depth ≤ shown, styled by what it is after that many steps. */
export function treePaths(layout: TreeLayout, shown: number): TreePaths {
	const byId = new Map(layout.nodes.map((n) => [n.id, n]));
	const greedy: PlacedNode[] = [];
	const columns = layout.columns.slice(1, shown + 1).map((column): ColumnPaths => {
		const parts = {
			beamLinks: [] as string[],
			fadedLinks: [] as string[],
			beamMarks: [] as string[],
			finishedMarks: [] as string[],
			fadedMarks: [] as string[]
		};
		for (const n of column) {
			if (n.greedy) greedy.push(n);
			const status = statusAt(n, shown);
			const onBeam = status === 'live' || status === 'finished' || status === 'prefix';
			if (status !== 'greedy') {
				(onBeam ? parts.beamLinks : parts.fadedLinks).push(curve(byId.get(n.parent!)!, n));
			}
			if (status === 'finished') parts.finishedMarks.push(square(n));
			else (onBeam ? parts.beamMarks : parts.fadedMarks).push(circle(n));
		}
		return {
			beamLinks: parts.beamLinks.join(''),
			fadedLinks: parts.fadedLinks.join(''),
			beamMarks: parts.beamMarks.join(''),
			finishedMarks: parts.finishedMarks.join(''),
			fadedMarks: parts.fadedMarks.join('')
		};
	});
	const path = [layout.nodes[0], ...greedy];
	return {
		columns,
		greedyLine: path
			.slice(1)
			.map((n, i) => curve(path[i], n))
			.join(''),
		greedyRings: path.map((n) => circle(n, R + 3)).join('')
	};
}
