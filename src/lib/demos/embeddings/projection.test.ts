import { describe, expect, it } from 'vitest';
import { alignedPlane, normalisePlane, principalPlane } from './projection';

const rms = (points: [number, number][]) =>
	Math.sqrt(points.reduce((s, [x, y]) => s + x * x + y * y, 0) / points.length);

describe('normalisePlane(points)', () => {
	it('centres the points and scales them to root-mean-square radius 1', () => {
		const out = normalisePlane([
			[1, 1],
			[3, 1],
			[2, 4]
		]);
		expect(out.reduce((s, p) => s + p[0], 0)).toBeCloseTo(0, 12);
		expect(out.reduce((s, p) => s + p[1], 0)).toBeCloseTo(0, 12);
		expect(rms(out)).toBeCloseTo(1, 12);
	});
	it('leaves identical points at the origin', () => {
		expect(
			normalisePlane([
				[2, 2],
				[2, 2]
			])
		).toEqual([
			[0, 0],
			[0, 0]
		]);
	});
});

describe('principalPlane(rows)', () => {
	it('keeps the two directions of largest spread: points on a plane in 3-D keep their distances', () => {
		const flat = [
			[0, 0],
			[4, 0],
			[0, 2],
			[4, 2],
			[1, 1]
		];
		// The plane spanned by (1, 1, 0)/√2 and (0, 0, 1), offset by (5, −1, 2).
		const rows = flat.map(([a, b]) => [5 + a / Math.SQRT2, -1 + a / Math.SQRT2, 2 + b]);
		const out = principalPlane(rows);
		const expected = normalisePlane(flat.map(([a, b]) => [a, b]));
		const distance = (p: number[], q: number[]) => Math.hypot(p[0] - q[0], p[1] - q[1]);
		for (let i = 0; i < flat.length; i++)
			for (let j = 0; j < i; j++)
				expect(distance(out[i], out[j])).toBeCloseTo(distance(expected[i], expected[j]), 9);
	});
});

describe('alignedPlane(plane, target)', () => {
	it('turns a mirrored, rotated, scaled and shifted copy of the target back onto it', () => {
		const target = normalisePlane([
			[0, 0],
			[2, 1],
			[-1, 3],
			[1, -2]
		]);
		const c = Math.cos(1);
		const s = Math.sin(1);
		const flat = target.flatMap(([x, y]) => [3 * (c * x + s * y) + 7, 3 * (s * x - c * y) - 2]);
		const out = alignedPlane(flat, target);
		out.forEach(([x, y], i) => {
			expect(x).toBeCloseTo(target[i][0], 9);
			expect(y).toBeCloseTo(target[i][1], 9);
		});
	});
});
