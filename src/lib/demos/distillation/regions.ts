/**
 * A network's decision regions as the grid classes `gridClassPaths` draws: each cell's winning
 * class and its confidence band in one integer, label · BANDS + band.
 */
export const BAND_EDGES = [0.6, 0.85] as const;
export const BANDS = BAND_EDGES.length + 1;

/** The band of a confidence: 0 below 0.6, 1 up to 0.85, 2 above. */
export const bandOf = (p: number) => (p < BAND_EDGES[0] ? 0 : p < BAND_EDGES[1] ? 1 : 2);

export function regionClasses(
	winner: ArrayLike<number>,
	confidence: ArrayLike<number>
): Uint8Array {
	return Uint8Array.from(winner, (label, c) => label * BANDS + bandOf(confidence[c]));
}
