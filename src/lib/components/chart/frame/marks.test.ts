import { describe, expect, it } from 'vitest';
import { areaPath, barRects, linePath, plottable, pointPositions } from './marks';
import { makeScale } from './scales';

const x = makeScale({ domain: [0, 10] }, [0, 100]);
const y = makeScale({ domain: [0, 1] }, [50, 0]);
const logY = makeScale({ domain: [1, 100], log: true }, [20, 0]);

describe('plottable', () => {
	it('accepts finite values, and only positive ones on a log scale', () => {
		expect(plottable(x, -3)).toBe(true);
		expect(plottable(x, NaN)).toBe(false);
		expect(plottable(logY, 0)).toBe(false);
		expect(plottable(logY, 0.5)).toBe(true);
	});
});

describe('linePath', () => {
	it('draws through the points in px', () => {
		expect(
			linePath(
				[
					[0, 0],
					[5, 1]
				],
				x,
				y
			)
		).toBe('M0,50L50,0');
	});
	it('breaks the line where a point cannot be placed', () => {
		const d = linePath(
			[
				[0, 10],
				[1, 0],
				[2, 100],
				[3, 10]
			],
			x,
			logY
		);
		expect(d).toBe('M0,10ZM20,0L30,10');
	});
	it('is empty for no points', () => {
		expect(linePath([], x, y)).toBe('');
	});
});

describe('areaPath', () => {
	it('closes the band between the lower and upper curves', () => {
		expect(
			areaPath(
				[
					[0, 0, 1],
					[10, 0.5, 1]
				],
				x,
				y
			)
		).toBe('M0,0L100,0L100,25L0,50Z');
	});
});

describe('pointPositions', () => {
	it('places points and keeps their indices, skipping unplaceable ones', () => {
		expect(
			pointPositions(
				[
					[1, 0.5],
					[2, NaN],
					[10, 1]
				],
				x,
				y
			)
		).toEqual([
			{ cx: 10, cy: 25, index: 0 },
			{ cx: 100, cy: 0, index: 2 }
		]);
	});
});

describe('barRects', () => {
	it('stands bars on zero with positive sizes', () => {
		expect(barRects([{ x0: 1, x1: 3, y: 0.5 }], x, y)).toEqual([
			{ x: 10, y: 25, width: 20, height: 25, index: 0 }
		]);
	});
	it('turns negative bars and reversed ends into positive sizes', () => {
		const sym = makeScale({ domain: [-1, 1] }, [100, 0]);
		expect(barRects([{ x0: 3, x1: 1, y: -0.5 }], x, sym)).toEqual([
			{ x: 10, y: 50, width: 20, height: 25, index: 0 }
		]);
	});
	it('stands bars on the low end of a log scale', () => {
		expect(barRects([{ x0: 0, x1: 1, y: 10 }], x, logY)).toEqual([
			{ x: 0, y: 10, width: 10, height: 10, index: 0 }
		]);
	});
});
