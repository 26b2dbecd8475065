import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foundationModels } from '$lib/content/foundation-models';
import { fitView, inYears, nest, nodeAt, packMap, yearSpan } from './tree';

describe('inYears(models, from, to)', () => {
	it('keeps the years in the span, either way round', () => {
		const a = inYears(foundationModels, 2020, 2021);
		expect(a.every((m) => m.year === 2020 || m.year === 2021)).toBe(true);
		expect(inYears(foundationModels, 2021, 2020)).toEqual(a);
		expect(yearSpan(2024, 2018)).toEqual([2018, 2024]);
	});
	it('BERT is the only entry of 2018', () => {
		expect(inYears(foundationModels, 2018, 2018).map((m) => m.id)).toEqual(['bert']);
	});
});

describe('nest(models)', () => {
	it('groups by modality then objective and drops empty groups', () => {
		const root = nest(inYears(foundationModels, 2018, 2019));
		expect(root.children!.map((c) => c.id)).toEqual(['text']);
		expect(root.children![0].children!.map((c) => c.id)).toEqual([
			'text/autoregressive',
			'text/masked'
		]);
	});
});

describe('packMap(models, size)', () => {
	const nodes = packMap(foundationModels, 600);
	it('one node per model, group and modality, parents first', () => {
		expect(nodes[0].id).toBe('root');
		expect(nodes.filter((n) => n.kind === 'model')).toHaveLength(foundationModels.length);
		const seen = new Set<string>();
		for (const n of nodes) {
			if (n.parent !== null) expect(seen.has(n.parent), n.id).toBe(true);
			seen.add(n.id);
		}
		expect(nodes[0].count).toBe(foundationModels.length);
	});
	it('every child circle lies inside its parent, and siblings do not overlap', () => {
		const byId = new Map(nodes.map((n) => [n.id, n]));
		for (const n of nodes) {
			if (n.parent === null) continue;
			const p = byId.get(n.parent)!;
			expect(Math.hypot(n.x - p.x, n.y - p.y) + n.r, n.id).toBeLessThanOrEqual(p.r + 1e-6);
			for (const s of nodes.filter((m) => m.parent === n.parent)) {
				if (s.id <= n.id) continue;
				expect(Math.hypot(n.x - s.x, n.y - s.y), `${n.id} ${s.id}`).toBeGreaterThanOrEqual(
					n.r + s.r - 1e-6
				);
			}
		}
	});
});

describe('nodeAt(nodes, at)', () => {
	const nodes = packMap(inYears(foundationModels, 2018, 2019), 600);
	it('finds a group, falls back to the nearest ancestor, then the root', () => {
		expect(nodeAt(nodes, 'text/masked').id).toBe('text/masked');
		expect(nodeAt(nodes, 'text/diffusion').id).toBe('text');
		expect(nodeAt(nodes, 'image/diffusion').id).toBe('root');
		expect(nodeAt(nodes, '').id).toBe('root');
		// A model is not a place to zoom to: its group is.
		expect(nodeAt(nodes, 'text/masked/bert').id).toBe('text/masked');
	});
});

describe('fitView(node, size)', () => {
	it('the root fills the square at scale 1', () => {
		const nodes = packMap(foundationModels, 600);
		const v = fitView(nodes[0], 600, 1);
		expect(v.k).toBeCloseTo(1, 9);
	});
	it('puts the node’s centre at the middle and its diameter across the square', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 600, noNaN: true }),
				fc.double({ min: 0, max: 600, noNaN: true }),
				fc.double({ min: 1, max: 250, noNaN: true }),
				(x, y, r) => {
					const v = fitView({ id: 'a', kind: 'objective', parent: 'root', x, y, r, count: 1 }, 600);
					expect(x * v.k + v.x).toBeCloseTo(300, 6);
					expect(y * v.k + v.y).toBeCloseTo(300, 6);
					if (v.k > 1) expect(2 * r * v.k * 1.06).toBeCloseTo(600, 6);
				}
			)
		);
	});
});
