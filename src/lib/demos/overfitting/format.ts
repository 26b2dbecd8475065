/** How the page writes its numbers. */

/** λ as 0, 0.01 or 3e-5. */
export function lambdaText(lambda: number): string {
	if (lambda === 0) return '0';
	return lambda >= 1e-3 ? String(Number(lambda.toPrecision(2))) : lambda.toExponential(1);
}

/** A mean squared error with three significant digits (exponent form when tiny or huge). */
export function mseText(x: number): string {
	if (!Number.isFinite(x)) return '∞';
	return x !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e5)
		? x.toExponential(2)
		: x.toPrecision(3);
}

/** Powers of ten on a log axis: 10⁻² … */
export function decade(x: number): string {
	const e = Math.round(Math.log10(x));
	const superscript = String(e)
		.replace('-', '⁻')
		.replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
	return `10${superscript}`;
}
