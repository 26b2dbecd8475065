/** How the KL demo writes its numbers. */

/** A number with `digits` decimals and a true minus sign; ±Infinity as ∞; a rounded 0 unsigned. */
export function fixed(x: number, digits = 3): string {
	if (x === Infinity) return '∞';
	if (x === -Infinity) return '−∞';
	const text = x.toFixed(digits);
	return Number(text) === 0 ? text.replace('-', '') : text.replace('-', '−');
}
