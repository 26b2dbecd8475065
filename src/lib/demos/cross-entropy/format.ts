/** How the cross-entropy demo writes its numbers. */

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) =>
	(n < 0 ? '⁻' : '') +
	String(Math.abs(n))
		.split('')
		.map((d) => SUPERSCRIPT[Number(d)])
		.join('');

/** A number with `digits` decimals and a true minus sign; one that rounds to 0 has no sign. */
export function fixed(x: number, digits = 3): string {
	const text = x.toFixed(digits);
	return Number(text) === 0 ? text.replace('-', '') : text.replace('-', '−');
}

/** A small difference such as 5.6×10⁻¹⁷; exactly 0 as 0. */
export function smallText(x: number): string {
	if (x === 0) return '0';
	const [mantissa, exponent] = x.toExponential(1).split('e');
	return `${mantissa}×10${superscript(Number(exponent))}`;
}
