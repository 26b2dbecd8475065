/** How the demo writes its numbers: a minus sign, and tiny products as powers of ten. */

const SUPERSCRIPT: Record<string, string> = {
	'-': '⁻',
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹'
};

/** A number with `digits` decimals and a real minus sign (−0 reads 0). */
export function fixed(v: number, digits = 3): string {
	const text = v.toFixed(digits);
	return /^-0\.?0*$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

/** 10ⁿ for an integer n. */
export const power = (n: number) => `10${[...String(n)].map((c) => SUPERSCRIPT[c]).join('')}`;

/** A product: three significant digits, below 0.001 as m×10⁻ⁿ; 0 and 1 exactly as they are. */
export function product(v: number): string {
	if (v === 0 || !Number.isFinite(v)) return String(v);
	if (Math.abs(v) >= 1e-3) return String(Number(v.toPrecision(3)));
	const [m, e] = v.toExponential(2).split('e');
	return `${m}×${power(Number(e))}`;
}
