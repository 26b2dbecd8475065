import { describe, expect, it } from 'vitest';
import { QUADRATIC, rosenbrock } from '$lib/math/loss-surfaces';
import { surfaceContours } from './contours';

describe('surfaceContours', () => {
	it('traces rising levels whose rings lie inside the drawn square', () => {
		const cs = surfaceContours(rosenbrock, 40, 8);
		expect(cs).toHaveLength(8);
		cs.slice(1).forEach((c, k) => expect(c.level).toBeGreaterThan(cs[k].level));
		for (const c of cs)
			for (const ring of c.rings)
				for (const [x, y] of ring) {
					expect(x).toBeGreaterThanOrEqual(-2);
					expect(x).toBeLessThanOrEqual(2);
					expect(y).toBeGreaterThanOrEqual(-1);
					expect(y).toBeLessThanOrEqual(3);
				}
	});

	it('draws the quadratic’s level sets as ellipses: a ring point’s loss matches its level', () => {
		const cs = surfaceContours(QUADRATIC.surface, 90, 6);
		const c = cs[2];
		// The ring around the minimum (the region above the level also has the square's edge as a ring).
		const ring = c.rings.find((r) =>
			r.every(([x, y]) => Math.max(Math.abs(x), Math.abs(y)) < 2.9)
		)!;
		expect(ring.length).toBeGreaterThan(20);
		for (const p of ring) {
			const level = Math.log10(QUADRATIC.surface.value(p) + 1e-3);
			expect(Math.abs(level - c.level)).toBeLessThan(0.15);
		}
	});
});
