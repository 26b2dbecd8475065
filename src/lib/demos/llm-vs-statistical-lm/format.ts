/** Number formats of the n-gram-versus-LLM demo. */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (k: number) => [...String(k)].map((d) => SUPERSCRIPT[Number(d)]).join('');

/** 12345 → "12,345". */
export const formatCount = (x: number) => Math.round(x).toLocaleString('en-US');

/** Up to 99,999 in full; beyond that as m × 10^k (exact powers of ten as 10^k). */
export function formatPower(x: number): string {
	if (x < 1e5) return formatCount(x);
	const k = Math.floor(Math.log10(x));
	const m = x / 10 ** k;
	return Math.abs(m - 1) < 1e-9 ? `10${superscript(k)}` : `${m.toFixed(1)} × 10${superscript(k)}`;
}

/** A share as a whole percentage, or one decimal below 10%. */
export const pct = (p: number) =>
	Number.isNaN(p) ? '–' : `${(p * 100).toFixed(p < 0.1 ? 1 : 0)}%`;
