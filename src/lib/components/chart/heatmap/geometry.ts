/**
 * A heatmap's pure geometry: colour steps per cell, the layout (label room, cell size), the
 * SVG picture as one path per colour, the canvas's packed colours and crosshair boxes.
 */
import type { Colour } from '../colour-scales';

export type Cell = { row: number; col: number };

/** The colour domain: the given one, else the smallest and largest finite value. */
export function colourRange(values: number[][], domain?: [number, number]): [number, number] {
	if (domain) return domain;
	let lo = Infinity;
	let hi = -Infinity;
	for (const row of values)
		for (const v of row) {
			if (!Number.isFinite(v)) continue;
			if (v < lo) lo = v;
			if (v > hi) hi = v;
		}
	return lo <= hi ? [lo, hi === lo ? lo + 1 : hi] : [0, 1];
}

/**
 * Each cell's colour step (0…255), or −1 when blocked, into `out` (row-major); a value that is
 * not finite takes step 0.
 */
export function shadeCells<T extends { [i: number]: number }>(
	out: T,
	values: number[][],
	cols: number,
	[lo, hi]: [number, number],
	blocked?: (cell: Cell) => boolean
): T {
	// Everything read once and no call per cell: this runs over every cell of a 512 × 512 matrix
	// per change.
	const span = hi - lo;
	for (let r = 0; r < values.length; r++) {
		const row = values[r];
		const base = r * cols;
		for (let c = 0; c < cols; c++) {
			const t = (row[c] - lo) / span;
			const s = t * 255;
			// Rounded and clamped to 0…255; a t of NaN or ±∞ takes 0 (comparisons with NaN are false).
			out[base + c] = s >= 0 ? (s < 255 ? (s + 0.5) | 0 : t === Infinity ? 0 : 255) : 0;
		}
		if (blocked) for (let c = 0; c < cols; c++) if (blocked({ row: r, col: c })) out[base + c] = -1;
	}
	return out;
}

/** Rough drawn width of a label at 12 px: wide (CJK, Hangul, full-width) characters count more. */
export function textWidth(s: string): number {
	let w = 0;
	for (const ch of s) w += /[\u2E80-\u9FFF\uAC00-\uD7AF\uFF00-\uFFEF]/u.test(ch) ? 13 : 7.2;
	return w;
}

/** A label as drawn: past 12 characters cut to 11 and an ellipsis (cell texts keep it whole). */
export function shortLabel(s: string): string {
	const chars = Array.from(s);
	return chars.length > 12 ? chars.slice(0, 11).join('') + '…' : s;
}

export type Layout = {
	/** Room for the row labels. */
	left: number;
	/** Room for the column labels. */
	top: number;
	/** Room right of the grid, where the last slanted column label leans. */
	right: number;
	/** Cell width in px. */
	cell: number;
	cellHeight: number;
	gridWidth: number;
	gridHeight: number;
	/** Column labels turned up 50° because they are wider than a cell. */
	slanted: boolean;
	/** Cells wide enough to print their values. */
	showValues: boolean;
};

/**
 * Where everything goes: square cells as wide as the width allows (at most `maxCell`) after the
 * row labels; the canvas has no labels and may stretch its cells to a given height.
 */
export function heatmapLayout(o: {
	width: number;
	rows: number;
	cols: number;
	rowText: string[];
	colText: string[];
	maxCell: number;
	canvas: boolean;
	height?: number;
}): Layout {
	const left = o.canvas ? 0 : Math.min(110, 10 + Math.max(0, ...o.rowText.map(textWidth)));
	const fit = (right: number) =>
		o.cols > 0 ? Math.max(1, Math.min(o.maxCell, (o.width - left - right - 4) / o.cols)) : 0;
	const colWidest = o.canvas ? 0 : Math.max(0, ...o.colText.map(textWidth));
	const slanted = colWidest + 6 > fit(0);
	const top = o.canvas ? 0 : slanted ? Math.min(90, colWidest * 0.75 + 12) : 20;
	// A label turned up 50° runs cos 50° ≈ 0.65 of its length to the right of its column's middle.
	const right = slanted ? Math.min(colWidest, (90 - 12) / 0.75) * 0.65 : 0;
	const cell = fit(right);
	const cellHeight = o.canvas && o.height && o.rows > 0 ? o.height / o.rows : cell;
	return {
		left,
		top,
		right,
		cell,
		cellHeight,
		gridWidth: cell * o.cols,
		gridHeight: cellHeight * o.rows,
		slanted,
		showValues: !o.canvas && cell >= 30
	};
}

/**
 * The SVG picture in cell units (cell (r, c) is the unit square at (c, r)): one path per colour
 * step in use, and `blocked` for the hatched cells. A new matrix then changes a few hundred
 * paths instead of thousands of fills.
 */
export function colourPaths(
	shades: Int16Array,
	cols: number,
	steps: readonly Colour[]
): { key: string; colour: string | null; d: string }[] {
	// squares[k + 1]: the cells of colour step k; squares[0]: the blocked ones.
	const squares = Array.from({ length: steps.length + 1 }, (): string[] => []);
	for (let i = 0; i < shades.length; i++) {
		squares[shades[i] + 1].push(`M${i % cols},${Math.floor(i / cols)}h1v1h-1z`);
	}
	const paths = [
		...steps.map((colour, k) => ({
			key: String(k),
			colour: colour.css,
			d: squares[k + 1].join('')
		})),
		{ key: 'blocked', colour: null, d: squares[0].join('') }
	];
	return paths.filter((path) => path.d !== '');
}

/**
 * The numbers printed in cells (none in blocked ones), centred, dark on light colours, keyed by
 * cell: a matrix that gains a column keeps the elements of the cells it had.
 */
export function valueTexts(
	values: number[][],
	shades: Int16Array,
	cols: number,
	steps: readonly Colour[],
	layout: Pick<Layout, 'left' | 'top' | 'cell'>,
	format: (v: number) => string
): { key: string; text: string; x: number; y: number; fill: string }[] {
	const { left, top, cell } = layout;
	const out = [];
	for (let i = 0; i < shades.length; i++) {
		if (shades[i] < 0) continue;
		const row = Math.floor(i / cols);
		const col = i % cols;
		out.push({
			key: `${row}-${col}`,
			text: format(values[row][col]),
			x: left + (col + 0.5) * cell,
			y: top + (row + 0.5) * cell,
			fill: steps[shades[i]].light ? '#000' : '#fff'
		});
	}
	return out;
}

/**
 * The cells' texts in reading order (row by row). Given `start`, `end` and `out`, only cells
 * [start, end) are written, into `out` (to spread a large grid's texts over several tasks).
 */
export function cellTexts(
	values: number[][],
	cols: number,
	describe: (cell: Cell, value: number) => string,
	start = 0,
	end = values.length * cols,
	out = new Array<string>(values.length * cols)
): string[] {
	for (let i = start; i < end; i++) {
		const row = Math.floor(i / cols);
		const col = i - row * cols;
		out[i] = describe({ row, col }, values[row][col]);
	}
	return out;
}

/**
 * The colours packed as 32-bit pixels in the platform's byte order, shifted by one: index 0 is
 * transparent, for blocked cells (step −1).
 */
export function packColours(steps: readonly Colour[]): Uint32Array {
	const out = new Uint32Array(steps.length + 1);
	new Uint8ClampedArray(out.buffer, 4).set(steps.flatMap((c) => [c.r, c.g, c.b, 255]));
	return out;
}

/** Turns colour steps (as shadeCells writes them) into packed pixels in place. */
export function colourPixels(pixels: Int32Array | Uint32Array, packed: Uint32Array): void {
	for (let i = 0; i < pixels.length; i++) pixels[i] = packed[pixels[i] + 1];
}

export type Box = {
	key: string;
	kind: 'cross' | 'outline';
	x: number;
	y: number;
	width: number;
	height: number;
};

/** The canvas's crosshair over a cell: its row, its column, and an outline 2 px outside it. */
export function crosshairBoxes(
	at: Cell | null,
	layout: Pick<Layout, 'cell' | 'cellHeight' | 'gridWidth' | 'gridHeight'>
): Box[] {
	if (!at) return [];
	const { cell, cellHeight, gridWidth, gridHeight } = layout;
	const [x, y] = [at.col * cell, at.row * cellHeight];
	return [
		{ key: 'row', kind: 'cross', width: gridWidth, height: cellHeight, x: 0, y },
		{ key: 'col', kind: 'cross', width: cell, height: gridHeight, x, y: 0 },
		{ key: 'cell', kind: 'outline', width: cell + 4, height: cellHeight + 4, x: x - 2, y: y - 2 }
	];
}

/** The cell at a point given as fractions (0…1) of the grid's width and height; null outside. */
export function cellAtFraction(fx: number, fy: number, rows: number, cols: number): Cell | null {
	const col = Math.floor(fx * cols);
	const row = Math.floor(fy * rows);
	return row >= 0 && row < rows && col >= 0 && col < cols ? { row, col } : null;
}

/** A remembered cell kept inside a matrix that may have shrunk. */
export function clampCell(at: Cell, rows: number, cols: number): Cell {
	return {
		row: Math.min(at.row, Math.max(0, rows - 1)),
		col: Math.min(at.col, Math.max(0, cols - 1))
	};
}
