/** Boolean attention masks as pictures and words (mask[i][j] = query i may attend to key j). */

/** The runs of allowed keys in one row, as [first, last] pairs. */
export function allowedRuns(row: readonly boolean[]): [number, number][] {
	const runs: [number, number][] = [];
	row.forEach((ok, j) => {
		if (!ok) return;
		const last = runs.at(-1);
		if (last && last[1] === j - 1) last[1] = j;
		else runs.push([j, j]);
	});
	return runs;
}

/** A row's allowed keys in words: "0–2, 4"; "" when it may attend to nothing. */
export function allowedRanges(row: readonly boolean[]): string {
	return allowedRuns(row)
		.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`))
		.join(', ');
}

/** One SVG path covering every allowed cell, a rectangle per run, for square cells of `cell` px. */
export function maskPath(mask: readonly (readonly boolean[])[], cell: number): string {
	const r = (v: number) => Math.round(v * 100) / 100;
	return mask
		.flatMap((row, i) =>
			allowedRuns(row).map(
				([a, b]) =>
					`M${r(a * cell)},${r(i * cell)}h${r((b - a + 1) * cell)}v${r(cell)}h${r(-(b - a + 1) * cell)}z`
			)
		)
		.join('');
}
