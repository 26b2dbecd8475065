import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, regionPaths } from './regions';

describe('bandOf(p, levels)', () => {
	it('splits [0, 1] into equal bands, p = 1 in the top one', () => {
		expect([0, 0.09, 0.1, 0.55, 0.999, 1].map((p) => bandOf(p, 10))).toEqual([0, 0, 1, 5, 9, 9]);
	});
});

describe('regionPaths(p, cols, levels, box)', () => {
	it('merges a row’s neighbours in one band, checked by hand on a 3 × 2 grid', () => {
		const box = { left: 10, top: 0, width: 30, height: 20 };
		expect(regionPaths([0.1, 0.2, 0.9, 0.8, 0.7, 0.9], 3, 2, box)).toEqual([
			{ level: 0, d: 'M10,0h20v10h-20z' },
			{ level: 1, d: 'M30,0h10v10h-10zM10,10h30v10h-30z' }
		]);
	});

	it('covers every cell exactly once: the rectangles’ areas add up to the box', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 8 }),
				fc.integer({ min: 1, max: 8 }),
				fc.integer({ min: 1, max: 12 }),
				fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
				(cols, rows, levels, stream) => {
					const p = [...stream.take(cols * rows)];
					// 840 is divisible by every size up to 8, so the rounded cell sides are exact.
					const bands = regionPaths(p, cols, levels, { left: 0, top: 0, width: 840, height: 840 });
					let area = 0;
					for (const band of bands) {
						for (const m of band.d.matchAll(/h([\d.]+)v([\d.]+)/g)) area += +m[1] * +m[2];
					}
					expect(area).toBeCloseTo(840 * 840, 6);
					expect(new Set(bands.map((b) => b.level)).size).toBe(bands.length);
				}
			)
		);
	});
});
