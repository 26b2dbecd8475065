/**
 * Decision regions as SVG paths: one path per (class, confidence band), a rectangle per grid cell,
 * so a 40 × 40 map redraws as a few paths of runs of cells rather than 1,600 elements.
 */
export const BANDS = [0.6, 0.85] as const;

/** The band of a confidence: 0 below 0.6, 1 up to 0.85, 2 above. */
export const bandOf = (p: number) => (p < BANDS[0] ? 0 : p < BANDS[1] ? 1 : 2);

export type RegionPath = { key: string; label: number; band: number; d: string };

/**
 * winner/confidence hold a grid × grid map, row by row from the top; the map covers the pixel box
 * [left, right] × [top, bottom]. Neighbouring cells of a row with the same class and band are
 * drawn as one rectangle.
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
	for (let row = 0; row < grid; row++) {
		for (let col = 0; col < grid;) {
			const c = row * grid + col;
			const label = winner[c];
			const band = bandOf(confidence[c]);
			let end = col + 1;
			while (
				end < grid &&
				winner[row * grid + end] === label &&
				bandOf(confidence[row * grid + end]) === band
			) {
				end++;
			}
			const key = `${label}-${band}`;
			let path = paths.get(key);
			if (!path) paths.set(key, (path = { label, band, parts: [] }));
			// A hair larger than the cells, so that anti-aliasing leaves no seams between them.
			const width = (end - col) * w + 0.5;
			path.parts.push(
				`M${(box.left + col * w).toFixed(1)} ${(box.top + row * h).toFixed(1)}h${width.toFixed(1)}v${(h + 0.5).toFixed(1)}h${(-width).toFixed(1)}z`
			);
			col = end;
		}
	}
	return [...paths]
		.map(([key, p]) => ({ key, label: p.label, band: p.band, d: p.parts.join('') }))
		.sort((a, b) => a.label - b.label || a.band - b.band);
}
