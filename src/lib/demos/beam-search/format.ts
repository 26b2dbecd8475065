/** Number formats shared by the beam-search views. */

/** A probability as a percentage with about two significant digits. */
export function pct(p: number): string {
	if (!Number.isFinite(p)) return '–';
	if (p === 0) return '0%';
	const x = p * 100;
	if (x >= 10) return `${x.toFixed(0)}%`;
	if (x >= 0.1) return `${x.toFixed(1)}%`;
	return `${x.toPrecision(1)}%`;
}

/** A log-probability with two decimals and a true minus sign. */
export function fmtLog(x: number): string {
	if (x === -Infinity) return '−∞';
	return x.toFixed(2).replace('-', '−');
}
