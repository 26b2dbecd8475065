import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridClassPaths } from './grid-paths';

const box = { left: 10, top: 20, width: 30, height: 20 };

describe('gridClassPaths', () => {
	it('merges a row’s neighbouring cells of one class into one rectangle (hand-checked)', () => {
		// 3 × 2 cells of 10 × 10 px: row 0 is 1 1 0, row 1 is 0 0 0.
		expect(gridClassPaths([1, 1, 0, 0, 0, 0], 3, box, 0)).toEqual([
			{ cls: 0, d: 'M30,20h10v10h-10zM10,30h30v10h-30z' },
			{ cls: 1, d: 'M10,20h20v10h-20z' }
		]);
	});

	it('widens each rectangle by the seam', () => {
		expect(gridClassPaths([2, 2, 2], 3, box, 0.5)).toEqual([
			{ cls: 2, d: 'M10,20h30.5v20.5h-30.5z' }
		]);
	});

	it('covers every cell exactly once, whatever the classes', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 8 }),
				fc.integer({ min: 1, max: 8 }),
				fc.integer({ min: 1, max: 4 }),
				(cols, rows, k) => {
					const classes = Array.from({ length: cols * rows }, (_, i) => (i * 7 + (i >> 2)) % k);
					const unit = { left: 0, top: 0, width: cols, height: rows };
					const paths = gridClassPaths(classes, cols, unit, 0);
					// Sum of the rectangles' areas (h·v of each M…h…v… part) equals the grid's.
					let area = 0;
					for (const { d } of paths) {
						for (const m of d.matchAll(/h([\d.]+)v([\d.]+)/g)) area += Number(m[1]) * Number(m[2]);
					}
					return (
						area === cols * rows &&
						paths.map((p) => p.cls).join() === [...new Set(classes)].sort((a, b) => a - b).join()
					);
				}
			)
		);
	});

	it('draws nothing for an empty or malformed grid', () => {
		expect(gridClassPaths([], 3, box)).toEqual([]);
		expect(gridClassPaths([1, 2], 0, box)).toEqual([]);
	});
});
