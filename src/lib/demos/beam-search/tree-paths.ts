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

/** One node's link from its parent and its mark (a square if it finished, else a circle). */
export interface NodeShape {
	link: string;
	mark: string;
}

/**
 * Every node's shapes, column by column like `layout.columns`. They depend only on the layout,
 * so they are written once per search; a step then only sorts them into its handful of paths.
 */
export function nodeShapes(layout: TreeLayout): NodeShape[][] {
	const byId = new Map(layout.nodes.map((n) => [n.id, n]));
	return layout.columns.map((column) =>
		column.map((n) => ({
			link: n.parent === null ? '' : curve(byId.get(n.parent)!, n),
			mark: n.base === 'finished' ? square(n) : circle(n)
		}))
	);
}

/** The shapes of every node of depth ≤ shown, styled by what it is after that many steps. */
export function treePaths(layout: TreeLayout, shapes: NodeShape[][], shown: number): TreePaths {
	const greedy: PlacedNode[] = [];
	const columns = layout.columns.slice(1, shown + 1).map((column, c): ColumnPaths => {
		const parts = {
			beamLinks: [] as string[],
			fadedLinks: [] as string[],
			beamMarks: [] as string[],
			finishedMarks: [] as string[],
			fadedMarks: [] as string[]
		};
		column.forEach((n, i) => {
			const shape = shapes[c + 1][i];
			if (n.greedy) greedy.push(n);
			const status = statusAt(n, shown);
			const onBeam = status === 'live' || status === 'finished' || status === 'prefix';
			if (status !== 'greedy') (onBeam ? parts.beamLinks : parts.fadedLinks).push(shape.link);
			const marks =
				status === 'finished' ? parts.finishedMarks : onBeam ? parts.beamMarks : parts.fadedMarks;
			marks.push(shape.mark);
		});
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
