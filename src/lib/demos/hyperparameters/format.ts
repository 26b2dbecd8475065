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

/** A log axis's tick: powers of ten from 0.01 up written out, smaller ones as 1e−k. */
export const decade = (x: number) =>
	x >= 0.01 ? String(Number(x.toPrecision(3))) : x.toExponential(0).replace('-', '−');
