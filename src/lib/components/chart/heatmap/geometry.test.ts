import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { colourSteps } from '../colour-scales';
import {
	cellAtFraction,
	cellTexts,
	clampCell,
	colourPaths,
	colourPixels,
	colourRange,
	crosshairBoxes,
	heatmapLayout,
	packColours,
	shadeCells,
	shortLabel,
	textWidth,
	valueTexts
} from './geometry';

const steps = colourSteps('viridis');

describe('colourRange', () => {
	it('spans the finite values, or takes the given domain', () => {
		expect(
			colourRange([
				[3, NaN, -1],
				[Infinity, 2, 0]
			])
		).toEqual([-1, 3]);
		expect(colourRange([[3]], [0, 10])).toEqual([0, 10]);
	});
	it('widens a single value and falls back to [0, 1] with none', () => {
		expect(colourRange([[2, 2]])).toEqual([2, 3]);
		expect(colourRange([[NaN]])).toEqual([0, 1]);
		expect(colourRange([])).toEqual([0, 1]);
	});
});

describe('shadeCells', () => {
	it('maps the range onto steps 0…255 row-major, blocked cells to −1', () => {
		const out = shadeCells(
			new Int16Array(4),
			[
				[0, 0.5],
				[1, 2]
			],
			2,
			[0, 1],
			({ row, col }) => row === 1 && col === 0
		);
		expect([...out]).toEqual([0, 128, -1, 255]);
	});
	it('gives values that are not finite step 0 and clamps outside the range', () => {
		expect([...shadeCells(new Int16Array(3), [[NaN, -5, 5]], 3, [0, 1])]).toEqual([0, 0, 255]);
	});
	it('rounds (v − lo)/(hi − lo) · 255 and clamps it, for any value and range', () => {
		const reference = (v: number, [lo, hi]: [number, number]) => {
			const t = (v - lo) / (hi - lo);
			return Number.isFinite(t) ? Math.max(0, Math.min(255, Math.round(t * 255))) : 0;
		};
		fc.assert(
			fc.property(fc.array(fc.double()), fc.double(), fc.double(), (row, lo, hi) => {
				const out = shadeCells(new Int32Array(row.length), [row], row.length, [lo, hi]);
				return row.every((v, c) => out[c] === reference(v, [lo, hi]));
			})
		);
		// 1e307 · 255 overflows to ∞ from a finite t: the brightest step, not a non-finite 0.
		const edges = [Infinity, -Infinity, NaN, 1e307, -1e307, 0.5 / 255, 254.5 / 255];
		expect([...shadeCells(new Int32Array(7), [edges], 7, [0, 1])]).toEqual(
			edges.map((v) => reference(v, [0, 1]))
		);
	});
	it('writes a step in 0…255 for any value when nothing is blocked', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.double(), { minLength: 3, maxLength: 3 }), { maxLength: 4 }),
				(m) => {
					const out = shadeCells(new Int16Array(m.length * 3), m, 3, colourRange(m));
					return out.every((s) => Number.isInteger(s) && s >= 0 && s <= 255);
				}
			)
		);
	});
});

describe('labels', () => {
	it('shortLabel keeps 12 characters and cuts longer ones to 11 and an ellipsis', () => {
		expect(shortLabel('transformers')).toBe('transformers');
		expect(shortLabel('transformerss')).toBe('transformers'.slice(0, 11) + '…');
		expect(shortLabel('一二三四五六七八九十壹贰叁')).toBe('一二三四五六七八九十壹…');
	});
	it('textWidth counts wide characters as wider', () => {
		expect(textWidth('ab')).toBeCloseTo(14.4);
		expect(textWidth('猫a')).toBeCloseTo(20.2);
	});
});

describe('heatmapLayout', () => {
	const base = { rowText: ['The', 'cat'], colText: ['The', 'cat'], maxCell: 56, canvas: false };
	it('puts square cells after the row labels, at most maxCell wide', () => {
		const l = heatmapLayout({ ...base, width: 600, rows: 2, cols: 2 });
		expect(l.left).toBeCloseTo(10 + 3 * 7.2);
		expect(l.cell).toBe(56);
		expect(l.cellHeight).toBe(56);
		expect(l.gridWidth).toBe(112);
		expect([l.slanted, l.top, l.right, l.showValues]).toEqual([false, 20, 0, true]);
	});
	it('fills a narrow width and slants column labels wider than a cell', () => {
		const l = heatmapLayout({ ...base, width: 100, rows: 2, cols: 4, colText: ['attention'] });
		expect(l.slanted).toBe(true);
		expect(l.top).toBeCloseTo(9 * 7.2 * 0.75 + 12);
		// The last label leans right past the grid: room is kept for it, inside the width.
		expect(l.right).toBeCloseTo(9 * 7.2 * 0.65);
		expect(l.cell).toBeCloseTo((100 - l.left - l.right - 4) / 4);
		expect(l.left + l.gridWidth + l.right).toBeCloseTo(100 - 4);
		expect(l.showValues).toBe(false);
	});
	it('gives a canvas no label room and stretches its cells to a given height', () => {
		const l = heatmapLayout({
			...base,
			width: 512,
			rows: 256,
			cols: 512,
			canvas: true,
			height: 128
		});
		expect([l.left, l.top, l.cell, l.cellHeight, l.gridHeight]).toEqual([0, 0, 1, 0.5, 128]);
	});
	it('never makes a cell narrower than 1 px', () => {
		expect(heatmapLayout({ ...base, width: 50, rows: 1, cols: 500 }).cell).toBe(1);
	});
});

describe('colourPaths', () => {
	it('draws each cell once, in the path of its colour, blocked cells in their own', () => {
		const shades = Int16Array.from([0, 255, 0, -1]);
		const paths = colourPaths(shades, 2, steps);
		expect(paths).toEqual([
			{ key: '0', colour: steps[0].css, d: 'M0,0h1v1h-1zM0,1h1v1h-1z' },
			{ key: '255', colour: steps[255].css, d: 'M1,0h1v1h-1z' },
			{ key: 'blocked', colour: null, d: 'M1,1h1v1h-1z' }
		]);
	});
});

describe('valueTexts and cellTexts', () => {
	it('centres numbers in their cells, dark on light colours, none in blocked cells', () => {
		const texts = valueTexts(
			[[0.25, 1]],
			Int16Array.from([255, -1]),
			2,
			steps,
			{ left: 10, top: 20, cell: 40 },
			(v) => v.toFixed(1)
		);
		expect(texts).toEqual([{ key: '0-0', text: '0.3', x: 30, y: 40, fill: '#000' }]);
	});
	it('describes every cell row-major', () => {
		expect(
			cellTexts(
				[
					[1, 2],
					[3, 4]
				],
				2,
				(c, v) => `${c.row}${c.col}:${v}`
			)
		).toEqual(['00:1', '01:2', '10:3', '11:4']);
	});
	it('writes only the cells asked for, into the array given', () => {
		const out = ['a', 'b', 'c', 'd'];
		const texts = cellTexts(
			[
				[1, 2],
				[3, 4]
			],
			2,
			(c, v) => `${c.row}${c.col}:${v}`,
			1,
			3,
			out
		);
		expect(texts).toBe(out);
		expect(texts).toEqual(['a', '01:2', '10:3', 'd']);
	});
});

describe('canvas colours', () => {
	it('packs each step as an opaque pixel after a transparent one for blocked cells', () => {
		const packed = packColours(steps);
		const pixels = Int32Array.from([-1, 0, 255]);
		colourPixels(pixels, packed);
		const bytes = new Uint8ClampedArray(pixels.buffer);
		expect([...bytes.slice(0, 4)]).toEqual([0, 0, 0, 0]);
		expect([...bytes.slice(4, 8)]).toEqual([steps[0].r, steps[0].g, steps[0].b, 255]);
		expect([...bytes.slice(8, 12)]).toEqual([steps[255].r, steps[255].g, steps[255].b, 255]);
	});
});

describe('crosshair and pointer', () => {
	const layout = { cell: 2, cellHeight: 3, gridWidth: 20, gridHeight: 30 };
	it('crosses the row and column of the cell and outlines it 2 px outside', () => {
		expect(crosshairBoxes({ row: 4, col: 5 }, layout)).toEqual([
			{ key: 'row', kind: 'cross', width: 20, height: 3, x: 0, y: 12 },
			{ key: 'col', kind: 'cross', width: 2, height: 30, x: 10, y: 0 },
			{ key: 'cell', kind: 'outline', width: 6, height: 7, x: 8, y: 10 }
		]);
		expect(crosshairBoxes(null, layout)).toEqual([]);
	});
	it('finds the cell under a point, none outside', () => {
		expect(cellAtFraction(0.99, 0, 10, 10)).toEqual({ row: 0, col: 9 });
		expect(cellAtFraction(0.5, 0.25, 4, 2)).toEqual({ row: 1, col: 1 });
		expect(cellAtFraction(1, 0.5, 4, 2)).toBeNull();
		expect(cellAtFraction(-0.01, 0.5, 4, 2)).toBeNull();
	});
	it('keeps a remembered cell inside a smaller matrix', () => {
		expect(clampCell({ row: 7, col: 2 }, 5, 5)).toEqual({ row: 4, col: 2 });
		expect(clampCell({ row: 3, col: 3 }, 0, 0)).toEqual({ row: 0, col: 0 });
	});
});
