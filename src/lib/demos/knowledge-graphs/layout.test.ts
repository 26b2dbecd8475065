import { describe, expect, it } from 'vitest';
import { entities, triples } from '$lib/content/knowledge-triples';
import { forceLayout } from './layout';

const index = new Map(entities.map((e, i) => [e.id, i]));
const links = triples.map((t) => ({ source: index.get(t.subject)!, target: index.get(t.object)! }));

describe('forceLayout', () => {
	it('gives the same picture every time (no unseeded randomness)', () => {
		expect(forceLayout(entities.length, links)).toEqual(forceLayout(entities.length, links));
	});

	it('places every node at a finite point, none on top of another', () => {
		const placed = forceLayout(entities.length, links);
		let closest = Infinity;
		for (let i = 0; i < placed.length; i++) {
			expect(Number.isFinite(placed[i].x) && Number.isFinite(placed[i].y)).toBe(true);
			for (let j = 0; j < i; j++)
				closest = Math.min(
					closest,
					Math.hypot(placed[i].x - placed[j].x, placed[i].y - placed[j].y)
				);
		}
		expect(closest).toBeGreaterThan(20);
	});

	it('keeps linked nodes nearer each other than unlinked ones, on average', () => {
		const placed = forceLayout(entities.length, links);
		const d = (a: number, b: number) =>
			Math.hypot(placed[a].x - placed[b].x, placed[a].y - placed[b].y);
		const linked = links.reduce((s, l) => s + d(l.source, l.target), 0) / links.length;
		let all = 0;
		let pairs = 0;
		for (let i = 0; i < placed.length; i++) {
			for (let j = 0; j < i; j++) {
				all += d(i, j);
				pairs++;
			}
		}
		expect(linked).toBeLessThan(all / pairs / 2);
	});
});
