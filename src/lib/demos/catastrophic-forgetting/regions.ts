/**
 * Decision regions as a few SVG paths: the grid's p(class 1) quantised to `levels` bands, each
 * band one path of rectangles, neighbouring cells of a row in the same band merged into one.
 */
export type RegionBand = { level: number; d: string };
export type Box = { left: number; top: number; width: number; height: number };

/** The band of a probability: 0 … levels − 1 (p = 1 falls in the top band). */
export function bandOf(p: number, levels: number): number {
	return Math.min(levels - 1, Math.max(0, Math.floor(p * levels)));
}

/** One path per band that occurs, in band order; `p` runs row by row from the top. */
export function regionPaths(
	p: ArrayLike<number>,
	cols: number,
	levels: number,
	box: Box
): RegionBand[] {
	const rows = Math.floor(p.length / cols);
	const w = box.width / cols;
	const h = box.height / rows;
	const parts: string[][] = Array.from({ length: levels }, () => []);
	const n = (v: number) => Math.round(v * 100) / 100;
	for (let r = 0; r < rows; r++) {
		let c = 0;
		while (c < cols) {
			const level = bandOf(p[r * cols + c], levels);
			let end = c + 1;
			while (end < cols && bandOf(p[r * cols + end], levels) === level) end++;
			parts[level].push(
				`M${n(box.left + c * w)},${n(box.top + r * h)}h${n((end - c) * w)}v${n(h)}h${n(-(end - c) * w)}z`
			);
			c = end;
		}
	}
	return parts.flatMap((d, level) => (d.length > 0 ? [{ level, d: d.join('') }] : []));
}
