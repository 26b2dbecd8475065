/**
 * A grid of classified cells (decision regions, confidence bands) as one SVG path per class
 * instead of one element per cell: neighbouring cells of a row in the same class become one
 * rectangle, so a 60 × 60 map redraws as a handful of path strings.
 */
export type Box = { left: number; top: number; width: number; height: number };
export type ClassPath = { cls: number; d: string };

/**
 * `classes` holds one integer per cell, row by row from the top (`cols` to a row); the grid fills
 * `box`. Each rectangle is `seam` px wider and taller than its cells, so that anti-aliasing leaves
 * no hairlines between rows. Paths come in ascending class order, only for classes that occur.
 */
export function gridClassPaths(
	classes: ArrayLike<number>,
	cols: number,
	box: Box,
	seam = 0.5
): ClassPath[] {
	if (cols < 1 || classes.length < cols) return [];
	const rows = Math.floor(classes.length / cols);
	const w = box.width / cols;
	const h = box.height / rows;
	const round = (v: number) => Math.round(v * 100) / 100;
	const parts = new Map<number, string[]>();
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < cols;) {
			const cls = classes[r * cols + c];
			let end = c + 1;
			while (end < cols && classes[r * cols + end] === cls) end++;
			const width = (end - c) * w + seam;
			const rect = `M${round(box.left + c * w)},${round(box.top + r * h)}h${round(width)}v${round(h + seam)}h${round(-width)}z`;
			const list = parts.get(cls);
			if (list) list.push(rect);
			else parts.set(cls, [rect]);
			c = end;
		}
	}
	return [...parts].sort(([a], [b]) => a - b).map(([cls, rects]) => ({ cls, d: rects.join('') }));
}
