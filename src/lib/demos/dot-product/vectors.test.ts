import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dotReadout, PLANE_LIMIT, snapToPlane, type Vec2 } from './vectors';

describe('dotReadout(q, k)', () => {
	it('reads q = (2, 0), k = (1, 1) by hand', () => {
		const r = dotReadout([2, 0], [1, 1]);
		expect(r.dot).toBe(2);
		expect(r.normQ).toBe(2);
		expect(r.normK).toBeCloseTo(Math.SQRT2, 12);
		expect(r.cosine).toBeCloseTo(Math.SQRT1_2, 12);
		expect(r.angle).toBeCloseTo(45, 10);
		expect(r.projection).toEqual([1, 0]);
	});
	it('gives 90° for orthogonal and 180° for opposite vectors', () => {
		expect(dotReadout([1, 2], [-2, 1]).angle).toBeCloseTo(90, 10);
		expect(dotReadout([1, 1], [-2, -2]).angle).toBeCloseTo(180, 5);
	});
	it('has no angle when a vector is zero', () => {
		const r = dotReadout([0, 0], [1, 2]);
		expect(r.cosine).toBeNull();
		expect(r.angle).toBeNull();
		expect(r.dot).toBe(0);
		expect(r.projection).toEqual([0, 0]);
	});
	it('q·k = |q| |k| cos θ, and the projection is the part of k along q', () => {
		const coord = fc.double({ min: -3, max: 3, noNaN: true });
		fc.assert(
			fc.property(coord, coord, coord, coord, (a, b, c, d) => {
				const q: Vec2 = [a, b];
				const k: Vec2 = [c, d];
				const r = dotReadout(q, k);
				if (r.cosine === null || r.normQ < 1e-6) return;
				expect(r.dot).toBeCloseTo(r.normQ * r.normK * r.cosine, 8);
				// k − projection is orthogonal to q.
				const rest = [k[0] - r.projection[0], k[1] - r.projection[1]];
				expect(rest[0] * q[0] + rest[1] * q[1]).toBeCloseTo(0, 8);
			})
		);
	});
});

describe('snapToPlane(x)', () => {
	it('rounds to the step and clamps to the plane', () => {
		expect(snapToPlane(1.234)).toBe(1.25);
		expect(snapToPlane(-0.02)).toBe(0); // never "-0" in the hash
		expect(snapToPlane(99)).toBe(PLANE_LIMIT);
		expect(snapToPlane(-99)).toBe(-PLANE_LIMIT);
	});
});
