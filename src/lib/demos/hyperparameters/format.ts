/** A learning rate with three significant digits: 0.000123, 0.0421, 1.50. */
export const rate = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(3)).toString() : '—');

/** A number with `digits` decimals and a real minus sign. */
export const fixed = (x: number, digits = 3) => x.toFixed(digits).replace('-', '−');

/** Small and large positives in scientific notation, the rest fixed. */
export const loss = (x: number) =>
	!Number.isFinite(x)
		? '∞'
		: Math.abs(x) !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e4)
			? x.toExponential(2).replace('-', '−')
			: fixed(x, 4);
