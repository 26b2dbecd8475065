/** The widths of the double-descent sweep and the test points it is scored on. */
import { grid, target } from './data';

/** Every p from 1 to 2n, then about 12 steps per doubling up to 10n (at most 400). */
export function sweepWidths(n: number): number[] {
	const top = Math.min(400, 10 * n);
	const widths: number[] = [];
	for (let p = 1; p <= Math.min(2 * n, top); p++) widths.push(p);
	let p = 2 * n;
	while (p < top) {
		p = Math.min(top, Math.max(p + 1, Math.round(p * 2 ** (1 / 12))));
		widths.push(p);
	}
	return widths;
}

/** Noise-free test points: the error is measured against sin(πx) itself. */
export const TEST = (() => {
	const xs = grid(100);
	return { xs, ys: xs.map(target) };
})();

/** Feature draws averaged per width. */
export const DRAWS = 5;
