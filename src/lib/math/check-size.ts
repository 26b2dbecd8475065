/**
 * The argument check every math function uses for a size or a count (a length, a width, a number
 * of steps): an integer no smaller than `min`, or an Error that names the function and argument.
 */
export function checkSize(name: string, what: string, v: number, min: number): void {
	if (!Number.isInteger(v) || v < min) {
		throw new Error(`${name}: ${what} must be an integer ≥ ${min}, got ${v}`);
	}
}
