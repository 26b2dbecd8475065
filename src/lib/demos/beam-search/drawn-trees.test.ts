import { describe, expect, it } from 'vitest';
import { runSearch } from './decode';
import { layoutOf, pathsOf, treeOf } from './drawn-trees';
import { layoutTree, searchTree } from './search-tree';
import { nodeShapes, treePaths } from './tree-paths';
import { TOY_EOS, toyModel, toyWeights } from './toy-model';

describe('treeOf, layoutOf and pathsOf: the drawn tree of a search, kept per search', () => {
	const run = runSearch(toyModel(toyWeights([]), true), {
		beamWidth: 3,
		maxSteps: 4,
		eos: TOY_EOS,
		lengthPenalty: 0.5
	});
	const size = { rowHeight: 40, columnWidth: 124 };

	it('gives what searchTree, layoutTree and treePaths give, the same objects when asked again', () => {
		const nodes = treeOf(run, 0.5);
		expect(nodes).toEqual(searchTree(run.steps, run.greedy, 0.5));
		expect(treeOf(run, 0.5)).toBe(nodes);
		expect(treeOf(run, 1)).not.toBe(nodes);

		const layout = layoutOf(nodes, size);
		expect(layout).toEqual(layoutTree(nodes, size));
		expect(layoutOf(nodes, size)).toBe(layout);
		for (const depth of [0, 2, 4]) {
			expect(pathsOf(layout, depth)).toEqual(treePaths(layout, nodeShapes(layout), depth));
		}
		expect(pathsOf(layout, 2)).toBe(pathsOf(layout, 2));
	});
});
