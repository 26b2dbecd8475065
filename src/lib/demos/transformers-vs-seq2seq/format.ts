const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A count in scientific notation past 10,000 (3.4 × 10⁹), else with thousands separators. */
export function count(x: number): string {
	if (Math.abs(x) < 10_000) return x.toLocaleString('en-US');
	const exponent = Math.floor(Math.log10(Math.abs(x)));
	const mantissa = x / 10 ** exponent;
	const sup = String(exponent)
		.split('')
		.map((c) => SUPERSCRIPT[Number(c)])
		.join('');
	return `${mantissa.toFixed(2)} × 10${sup}`;
}

/** Milliseconds with three significant digits. */
export const ms = (x: number): string =>
	`${x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0)} ms`;
