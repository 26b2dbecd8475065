/** Shapes: sizes, axis checks, and the broadcasting rule of element-wise operations. */

export function sizeOf(shape: readonly number[]): number {
	let n = 1;
	for (const d of shape) n *= d;
	return n;
}

export function checkShape(name: string, shape: readonly number[]): void {
	for (const d of shape) {
		if (!Number.isInteger(d) || d < 0) {
			throw new Error(`${name}: shape [${shape.join(', ')}] must hold non-negative integers`);
		}
	}
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
	return a.length === b.length && a.every((d, i) => d === b[i]);
}

export function formatShape(shape: readonly number[]): string {
	return `[${shape.join(', ')}]`;
}

/** Dimension i of `shape` aligned to the right against n dimensions (1 where shape has none); never reads out of bounds, which V8 punishes. */
export function alignedDim(shape: readonly number[], n: number, i: number): number {
	const k = shape.length - n + i;
	return k >= 0 ? shape[k] : 1;
}

/** A non-negative axis for a possibly negative one (−1 is the last), checked against ndim. */
export function normaliseAxis(name: string, axis: number, ndim: number): number {
	const a = axis < 0 ? axis + ndim : axis;
	if (!Number.isInteger(axis) || a < 0 || a >= ndim) {
		throw new Error(`${name}: axis ${axis} is out of range for a tensor with ${ndim} dimensions`);
	}
	return a;
}

/** The shape of an element-wise result under NumPy/PyTorch broadcasting, or an error that says why not. */
export function broadcastShape(name: string, a: readonly number[], b: readonly number[]): number[] {
	const n = Math.max(a.length, b.length);
	const out = new Array<number>(n);
	for (let i = 0; i < n; i++) {
		const da = alignedDim(a, n, i);
		const db = alignedDim(b, n, i);
		if (da !== db && da !== 1 && db !== 1) {
			throw new Error(
				`${name}: shapes ${formatShape(a)} and ${formatShape(b)} do not broadcast` +
					' (trailing dimensions must be equal or 1)'
			);
		}
		out[i] = da === 1 ? db : da;
	}
	return out;
}

/**
 * How to walk an element-wise result of `outer × inner` elements: the result's element
 * o·inner + j reads a[o·aOuter + j·aInner] and b[o·bOuter + j·bInner]. Every broadcast that
 * splits into at most two blocks fits — same shapes, a scalar, a bias [D] onto [N, D], a column
 * [N, 1] onto [N, D], an outer sum [N, 1] + [D] — so the loops stay flat and tight.
 */
export interface BroadcastLayout {
	outer: number;
	inner: number;
	aOuter: number;
	aInner: number;
	bOuter: number;
	bInner: number;
}

/**
 * The two-block layout of a ⊕ b with result shape `out`, or null when the broadcast needs more
 * blocks (e.g. [B, 1, D] onto [B, T, D]); then the caller expands the operands first.
 */
export function broadcastLayout(
	a: readonly number[],
	b: readonly number[],
	out: readonly number[]
): BroadcastLayout | null {
	const n = out.length;
	// Per dimension: 0 both full, 1 a broadcast, 2 b broadcast; size-1 dimensions are skipped.
	const kinds: number[] = [];
	const sizes: number[] = [];
	for (let i = 0; i < n; i++) {
		if (out[i] === 1) continue;
		const da = alignedDim(a, n, i);
		const db = alignedDim(b, n, i);
		const kind = da === 1 ? 1 : db === 1 ? 2 : 0;
		if (kinds.length > 0 && kinds[kinds.length - 1] === kind) sizes[sizes.length - 1] *= out[i];
		else {
			kinds.push(kind);
			sizes.push(out[i]);
		}
	}
	if (kinds.length > 2) return null;
	while (kinds.length < 2) {
		kinds.unshift(0);
		sizes.unshift(1);
	}
	const [outer, inner] = sizes;
	const aInner = kinds[1] === 1 ? 0 : 1;
	const bInner = kinds[1] === 2 ? 0 : 1;
	return {
		outer,
		inner,
		aOuter: kinds[0] === 1 ? 0 : aInner === 1 ? inner : 1,
		aInner,
		bOuter: kinds[0] === 2 ? 0 : bInner === 1 ? inner : 1,
		bInner
	};
}
