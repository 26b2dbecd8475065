/**
 * Points for a curve on a log axis: min, then about `perOctave` rounded points per doubling up to
 * max (both ends included), ascending and without repeats.
 */
export function logSpaced(min: number, max: number, perOctave: number): number[] {
	const out = new Set<number>();
	const steps = Math.round(Math.log2(max / min) * perOctave);
	for (let s = 0; s <= steps; s++) out.add(Math.round(min * 2 ** (s / perOctave)));
	out.add(max);
	return [...out].filter((v) => v >= min && v <= max).sort((a, b) => a - b);
}
