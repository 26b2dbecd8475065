import { RecentOf } from '$lib/state/recent';
import type { SearchRun } from './decode';
import { layoutTree, searchTree, type SearchNode, type TreeLayout } from './search-tree';
import { nodeShapes, treePaths, type NodeShape, type TreePaths } from './tree-paths';

/**
 * The tree of a search, its layout and its paths at each revealed step, kept per search: going
 * back to a width, a penalty or a step draws without laying the tree out again.
 */
const trees = new RecentOf<SearchRun, SearchNode[]>(2);
const layouts = new RecentOf<readonly SearchNode[], TreeLayout>(1);
const shapes = new RecentOf<TreeLayout, NodeShape[][]>(1);
const paths = new RecentOf<TreeLayout, TreePaths>(4);

export const treeOf = (run: SearchRun, alpha: number): SearchNode[] =>
	trees.get(run, String(alpha), () => searchTree(run.steps, run.greedy, alpha));

export const layoutOf = (
	nodes: readonly SearchNode[],
	size: { rowHeight: number; columnWidth: number }
): TreeLayout =>
	layouts.get(nodes, `${size.rowHeight}|${size.columnWidth}`, () => layoutTree(nodes, size));

export const pathsOf = (layout: TreeLayout, depth: number): TreePaths =>
	paths.get(layout, String(depth), () =>
		treePaths(
			layout,
			shapes.get(layout, '', () => nodeShapes(layout)),
			depth
		)
	);
