import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAlignment, procrustes2d, type Point2 } from './procrustes';

const error = (a: readonly Point2[], b: readonly Point2[]) =>
	a.reduce((s, p, i) => s + (p[0] - b[i][0]) ** 2 + (p[1] - b[i][1]) ** 2, 0);
const rotate = (points: readonly Point2[], theta: number, mirror = false): Point2[] =>
	points.map(([x, y0]) => {
		const y = mirror ? -y0 : y0;
		return [x * Math.cos(theta) - y * Math.sin(theta), x * Math.sin(theta) + y * Math.cos(theta)];
	});
const point = fc.tuple(
	fc.double({ min: -10, max: 10, noNaN: true }),
	fc.double({ min: -10, max: 10, noNaN: true })
);
const cloud = fc.array(point, { minLength: 3, maxLength: 20 });

describe('procrustes2d(points, target)', () => {
	it('undoes a quarter turn, and a mirror image, exactly (hand-checked)', () => {
		const p: Point2[] = [
			[1, 0],
			[0, 2],
			[-1, -1]
		];
		const turned = procrustes2d(p, rotate(p, Math.PI / 2));
		expect(turned.reflected).toBe(false);
		expect(turned.matrix[0][0]).toBeCloseTo(0, 12);
		expect(turned.matrix[1][0]).toBeCloseTo(1, 12);
		const mirrored: Point2[] = p.map(([x, y]) => [x, -y]);
		const flip = procrustes2d(p, mirrored);
		expect(flip.reflected).toBe(true);
		expect(error(applyAlignment(flip, p), mirrored)).toBeCloseTo(0, 12);
	});
	it('recovers any rotation or reflection of a cloud', () => {
		fc.assert(
			fc.property(
				cloud,
				fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
				fc.boolean(),
				(p, theta, mirror) => {
					const target = rotate(p, theta, mirror);
					const aligned = applyAlignment(procrustes2d(p, target), p);
					const scale = error(
						p,
						p.map(() => [0, 0])
					);
					expect(error(aligned, target)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
				}
			)
		);
	});
	it('fits no worse than any other rotation or reflection, and keeps lengths', () => {
		fc.assert(
			fc.property(
				cloud,
				fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
				fc.boolean(),
				(p, theta, mirror) => {
					const target = p.map(([x, y], i): Point2 => [y + i, x * 0.5 - 1]);
					const alignment = procrustes2d(p, target);
					const aligned = applyAlignment(alignment, p);
					const other = rotate(p, theta, mirror);
					expect(error(aligned, target)).toBeLessThanOrEqual(error(other, target) + 1e-9);
					aligned.forEach(([x, y], i) =>
						expect(Math.hypot(x, y)).toBeCloseTo(Math.hypot(...p[i]), 9)
					);
				}
			)
		);
	});
	it('rejects sets of different sizes', () => {
		expect(() => procrustes2d([[1, 0]], [])).toThrow();
	});
});
