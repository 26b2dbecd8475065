/**
 * Whether two pieces of plain data (what a config posted to a worker holds: primitives, arrays,
 * typed arrays, plain objects) are equal, element by element. Unlike comparing their JSON, a
 * typed array of thousands of numbers is compared without first being written out as text.
 */
export function sameData(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b) || ArrayBuffer.isView(a) !== ArrayBuffer.isView(b))
		return false;
	if (ArrayBuffer.isView(a)) {
		const x = a as unknown as ArrayLike<unknown>;
		const y = b as unknown as ArrayLike<unknown>;
		if (a.constructor !== b.constructor || x.length !== y.length) return false;
		for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
		return true;
	}
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every(
		(key) => Object.hasOwn(b, key) && sameData((a as never)[key], (b as never)[key])
	);
}
