import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	areaRatio,
	column,
	determinant,
	MAP_NAMES,
	mapJacobian,
	mapPoint,
	signedArea,
	squareBoundary,
	squareGrid,
	type Vec2
} from './maps';

const point = fc.tuple(
	fc.double({ min: -3, max: 3, noNaN: true }),
	fc.double({ min: -3, max: 3, noNaN: true })
);

describe('mapPoint and mapJacobian', () => {
	it('hand-checked values', () => {
		expect(mapPoint('linear', [1, 1])).toEqual([2.1, 1.2]);
		expect(determinant(mapJacobian('linear', [0, 0]))).toBeCloseTo(1.5 * 0.9 - 0.6 * 0.3, 15);
		const r = mapPoint('rotation', [1, 0]);
		expect(r[0]).toBeCloseTo(Math.cos((40 * Math.PI) / 180), 15);
		expect(determinant(mapJacobian('rotation', [2, -1]))).toBeCloseTo(1, 15);
		const polar = mapPoint('polar', [2, Math.PI / 2]);
		expect(polar[0]).toBeCloseTo(0, 15);
		expect(polar[1]).toBeCloseTo(2, 15);
		// The polar map stretches areas by r: det J = r.
		expect(determinant(mapJacobian('polar', [2.5, 1]))).toBeCloseTo(2.5, 14);
		// The tanh layer at its bias-free point: tanh(0.2), tanh(−0.1).
		expect(mapPoint('tanh', [0, 0])[0]).toBeCloseTo(Math.tanh(0.2), 15);
	});

	it('every Jacobian equals central finite differences', () => {
		fc.assert(
			fc.property(fc.constantFrom(...MAP_NAMES), point, (name, p) => {
				const J = mapJacobian(name, p);
				const h = 1e-6;
				for (const j of [0, 1] as const) {
					const up: Vec2 = j === 0 ? [p[0] + h, p[1]] : [p[0], p[1] + h];
					const down: Vec2 = j === 0 ? [p[0] - h, p[1]] : [p[0], p[1] - h];
					const [fu, fd] = [mapPoint(name, up), mapPoint(name, down)];
					for (const i of [0, 1]) {
						expect(J[i][j]).toBeCloseTo((fu[i] - fd[i]) / (2 * h), 6);
					}
				}
			})
		);
	});

	it('column j is the image of a nudge along axis j', () => {
		const J = mapJacobian('linear', [0, 0]);
		expect(column(J, 0)).toEqual([1.5, 0.3]);
		expect(column(J, 1)).toEqual([0.6, 0.9]);
	});
});

describe('squareGrid, squareBoundary, signedArea, areaRatio', () => {
	it('a grid of 4 cells a side has 5 + 5 lines through the square’s edges', () => {
		const lines = squareGrid([1, 2], 0.5, 4, 2);
		expect(lines).toHaveLength(10);
		expect(lines[0]).toEqual([
			[0.5, 1.5],
			[0.5, 2],
			[0.5, 2.5]
		]);
		expect(lines[9].at(-1)).toEqual([1.5, 2.5]);
	});

	it('the boundary of a square of half-side h has area 4h², counter-clockwise', () => {
		expect(signedArea(squareBoundary([3, -1], 0.25))).toBeCloseTo(0.25, 14);
		expect(signedArea([...squareBoundary([0, 0], 1)].reverse())).toBeCloseTo(-4, 14);
	});

	it('is det J exactly for the linear maps, and tends to det J as h shrinks', () => {
		expect(areaRatio('linear', [1, 1], 0.7)).toBeCloseTo(1.17, 12);
		expect(areaRatio('rotation', [0, 2], 1)).toBeCloseTo(1, 12);
		fc.assert(
			fc.property(fc.constantFrom(...MAP_NAMES), point, (name, p) => {
				const det = determinant(mapJacobian(name, p));
				expect(Math.abs(areaRatio(name, p, 1e-3) - det)).toBeLessThan(
					1e-4 * Math.max(1, Math.abs(det))
				);
			})
		);
	});
});
