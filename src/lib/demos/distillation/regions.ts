/**
 * Decision regions as SVG paths: one path per (class, confidence band), a rectangle per grid cell,
 * so a 40 × 40 map redraws as a few dozen path strings rather than 1,600 elements.
 */
export const BANDS = [0.6, 0.85] as const;

/** The band of a confidence: 0 below 0.6, 1 up to 0.85, 2 above. */
export const bandOf = (p: number) => (p < BANDS[0] ? 0 : p < BANDS[1] ? 1 : 2);

export type RegionPath = { key: string; label: number; band: number; d: string };

/**
 * winner/confidence hold a grid × grid map, row by row from the top; the map covers the pixel box
 * [left, right] × [top, bottom].
 */
export function regionPaths(
	winner: ArrayLike<number>,
	confidence: ArrayLike<number>,
	grid: number,
	box: { left: number; right: number; top: number; bottom: number }
): RegionPath[] {
	const w = (box.right - box.left) / grid;
	const h = (box.bottom - box.top) / grid;
	const paths = new Map<string, { label: number; band: number; parts: string[] }>();
	for (let c = 0; c < grid * grid; c++) {
		const label = winner[c];
		const band = bandOf(confidence[c]);
		const key = `${label}-${band}`;
		let path = paths.get(key);
		if (!path) paths.set(key, (path = { label, band, parts: [] }));
		const x = box.left + (c % grid) * w;
		const y = box.top + Math.floor(c / grid) * h;
		// A hair wider than the cell, so that anti-aliasing leaves no seams between cells.
		path.parts.push(
			`M${x.toFixed(1)} ${y.toFixed(1)}h${(w + 0.5).toFixed(1)}v${(h + 0.5).toFixed(1)}h${(-w - 0.5).toFixed(1)}z`
		);
	}
	return [...paths]
		.map(([key, p]) => ({ key, label: p.label, band: p.band, d: p.parts.join('') }))
		.sort((a, b) => a.label - b.label || a.band - b.band);
}
