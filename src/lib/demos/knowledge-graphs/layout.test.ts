import { describe, expect, it } from 'vitest';
import { entities, triples } from '$lib/content/knowledge-triples';
import { finish } from '$lib/math/steps';
import { runJobNow } from '$lib/jobs';
import { graphLayoutJob } from './layout.job';
import { forceLayout, forceLayoutSteps, LAYOUT_ASPECT, labelRoom, layoutBox } from './layout';

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

	it('runs one tick per step, to the same picture as forceLayout', () => {
		const steps = forceLayoutSteps(entities.length, links, () => 20, 40);
		let yields = 0;
		let next = steps.next();
		while (!next.done) {
			yields++;
			next = steps.next();
		}
		expect(yields).toBe(40);
		expect(next.value).toEqual(forceLayout(entities.length, links, () => 20, 40));
		expect(finish(forceLayoutSteps(3, [], () => 20, 5))).toEqual(forceLayout(3, [], () => 20, 5));
	});
});

describe('graphLayoutJob', () => {
	it('gives the page the same picture as forceLayout with the same rooms', () => {
		const rooms = entities.map((e) => labelRoom(e.en[0]));
		expect(runJobNow(graphLayoutJob, { count: entities.length, links, rooms })).toEqual(
			forceLayout(entities.length, links, (i) => rooms[i])
		);
	});
});

describe('layoutBox', () => {
	it('pads the nodes by 70 to each side and below, 35 above (hand-checked)', () => {
		expect(
			layoutBox([
				{ x: 0, y: 0 },
				{ x: 10, y: 20 }
			])
		).toEqual({ x0: -70, y0: -35, w: 150, h: 125 });
	});

	it("keeps the room the page reserves: the page's graph is within 10% of LAYOUT_ASPECT", () => {
		const box = layoutBox(forceLayout(entities.length, links, (i) => labelRoom(entities[i].en[0])));
		expect(Math.abs(box.w / box.h / LAYOUT_ASPECT - 1)).toBeLessThan(0.1);
	});
});
