/** Operations that move values without computing on them: reshape, transpose, slices, concatenation, lookups. */
import {
	alignedDim,
	broadcastShape,
	checkShape,
	formatShape,
	normaliseAxis,
	sameShape,
	sizeOf
} from '../shape';
import { gradBuffer, record, type Data, type Tensor } from '../tensor';

/** The same values in a new shape (one entry may be −1, inferred); shares the data array. */
export function reshape(x: Tensor, shape: number[]): Tensor {
	const unknown = shape.indexOf(-1);
	const known = shape.filter((d, i) => i !== unknown);
	checkShape('reshape', known);
	const resolved = [...shape];
	if (unknown >= 0) {
		const rest = sizeOf(known);
		if (shape.lastIndexOf(-1) !== unknown || rest === 0 || x.size % rest !== 0) {
			throw new Error(`reshape: cannot infer the −1 in ${formatShape(shape)} for ${x.size} values`);
		}
		resolved[unknown] = x.size / rest;
	}
	if (sizeOf(resolved) !== x.size) {
		throw new Error(
			`reshape: ${formatShape(x.shape)} (${x.size} values) cannot become ${formatShape(shape)}`
		);
	}
	return record('reshape', x.data, resolved, [x], (g) => {
		const gx = gradBuffer(x)!;
		for (let i = 0; i < g.length; i++) gx[i] += g[i];
	});
}

/**
 * dst[a, j, b, i, c] += src[a, i, b, j, c] for src seen as [A, d0, B, d1, C]: swapping the two
 * axes of sizes d0 and d1. Swapping twice is the identity, so the backward pass is the same
 * loop with d0 and d1 exchanged.
 */
function swapAxesAdd(
	src: Data,
	dst: Data,
	A: number,
	d0: number,
	B: number,
	d1: number,
	C: number
) {
	for (let a = 0; a < A; a++) {
		for (let i = 0; i < d0; i++) {
			for (let b = 0; b < B; b++) {
				for (let j = 0; j < d1; j++) {
					const s = (((a * d0 + i) * B + b) * d1 + j) * C;
					const d = (((a * d1 + j) * B + b) * d0 + i) * C;
					for (let c = 0; c < C; c++) dst[d + c] += src[s + c];
				}
			}
		}
	}
}

export function transpose(x: Tensor, axis0: number, axis1: number): Tensor {
	let p = normaliseAxis('transpose', axis0, x.ndim);
	let q = normaliseAxis('transpose', axis1, x.ndim);
	if (p > q) [p, q] = [q, p];
	const s = x.shape;
	const A = sizeOf(s.slice(0, p));
	const B = sizeOf(s.slice(p + 1, q));
	const C = sizeOf(s.slice(q + 1));
	const [d0, d1] = [s[p], s[q]];
	const shape = [...s];
	[shape[p], shape[q]] = [s[q], s[p]];
	const out = new Float64Array(x.size);
	swapAxesAdd(x.data, out, A, d0, B, d1, C);
	return record('transpose', out, shape, [x], (g) => {
		swapAxesAdd(g, gradBuffer(x)!, A, d1, B, d0, C);
	});
}

/** x seen as [outer, n, inner] around `axis`. */
function around(x: { shape: readonly number[] }, ax: number) {
	return {
		outer: sizeOf(x.shape.slice(0, ax)),
		n: x.shape[ax],
		inner: sizeOf(x.shape.slice(ax + 1))
	};
}

export function narrow(x: Tensor, axis: number, start: number, length: number): Tensor {
	const ax = normaliseAxis('narrow', axis, x.ndim);
	const { outer, n, inner } = around(x, ax);
	if (
		!Number.isInteger(start) ||
		!Number.isInteger(length) ||
		start < 0 ||
		length < 0 ||
		start + length > n
	) {
		throw new Error(
			`narrow: ${start} … ${start + length - 1} is outside axis ${axis} of size ${n}`
		);
	}
	const shape = [...x.shape];
	shape[ax] = length;
	const block = length * inner;
	const out = new Float64Array(outer * block);
	for (let o = 0; o < outer; o++) {
		out.set(x.data.subarray((o * n + start) * inner, (o * n + start) * inner + block), o * block);
	}
	return record('narrow', out, shape, [x], (g) => {
		const gx = gradBuffer(x)!;
		for (let o = 0; o < outer; o++) {
			const base = (o * n + start) * inner;
			for (let i = 0; i < block; i++) gx[base + i] += g[o * block + i];
		}
	});
}

/** Joins tensors along `axis`; all other dimensions must agree. */
export function concat(tensors: Tensor[], axis = 0): Tensor {
	if (tensors.length === 0) throw new Error('concat: needs at least one tensor');
	const first = tensors[0];
	const ax = normaliseAxis('concat', axis, first.ndim);
	for (const t of tensors) {
		const same = t.ndim === first.ndim && t.shape.every((d, i) => i === ax || d === first.shape[i]);
		if (!same) {
			throw new Error(
				`concat: shapes ${formatShape(first.shape)} and ${formatShape(t.shape)} differ outside axis ${axis}`
			);
		}
	}
	const { outer, inner } = around(first, ax);
	const total = tensors.reduce((s, t) => s + t.shape[ax], 0);
	const shape = [...first.shape];
	shape[ax] = total;
	const out = new Float64Array(outer * total * inner);
	let offset = 0;
	const offsets = tensors.map((t) => {
		const block = t.shape[ax] * inner;
		for (let o = 0; o < outer; o++) {
			out.set(t.data.subarray(o * block, (o + 1) * block), o * total * inner + offset);
		}
		const here = offset;
		offset += block;
		return here;
	});
	return record('concat', out, shape, tensors, (g) => {
		tensors.forEach((t, k) => {
			const gt = gradBuffer(t);
			if (!gt) return;
			const block = t.shape[ax] * inner;
			for (let o = 0; o < outer; o++) {
				const base = o * total * inner + offsets[k];
				for (let i = 0; i < block; i++) gt[o * block + i] += g[base + i];
			}
		});
	});
}

/** Broadcasts x to `shape` by the usual rule (its dimensions equal or 1, leading ones may be missing). */
export function expand(x: Tensor, shape: readonly number[]): Tensor {
	const target = broadcastShape('expand', x.shape, shape);
	if (!sameShape(target, shape)) {
		throw new Error(`expand: ${formatShape(x.shape)} cannot be expanded to ${formatShape(shape)}`);
	}
	if (sameShape(x.shape, shape)) return x;
	// source[i]: the element of x that element i of the result repeats.
	const n = shape.length;
	const strides = new Array<number>(n).fill(0);
	for (let d = n - 1, s = 1; d >= 0; d--) {
		const xd = alignedDim(x.shape, n, d);
		strides[d] = xd === 1 ? 0 : s;
		s *= xd;
	}
	const size = sizeOf(shape);
	const source = new Int32Array(size);
	const index = new Array<number>(n).fill(0);
	for (let i = 0, at = 0; i < size; i++) {
		source[i] = at;
		for (let d = n - 1; d >= 0; d--) {
			index[d]++;
			at += strides[d];
			if (index[d] < shape[d]) break;
			at -= strides[d] * index[d];
			index[d] = 0;
		}
	}
	const out = new Float64Array(size);
	for (let i = 0; i < size; i++) out[i] = x.data[source[i]];
	return record('expand', out, [...shape], [x], (g) => {
		const gx = gradBuffer(x)!;
		for (let i = 0; i < size; i++) gx[source[i]] += g[i];
	});
}

/** Rows of the [V, D] matrix w picked by id → [ids.length, D]; the backward adds into those rows. */
export function gatherRows(w: Tensor, ids: ArrayLike<number>): Tensor {
	if (w.ndim !== 2)
		throw new Error(`gatherRows: needs a [V, D] matrix, got ${formatShape(w.shape)}`);
	const [v, d] = w.shape;
	const rows = Int32Array.from(ids, (id, i) => {
		if (!Number.isInteger(id) || id < 0 || id >= v) {
			throw new Error(`gatherRows: ids[${i}] = ${id} is not a row of a ${v}-row matrix`);
		}
		return id;
	});
	const out = new Float64Array(rows.length * d);
	for (let r = 0; r < rows.length; r++)
		out.set(w.data.subarray(rows[r] * d, rows[r] * d + d), r * d);
	return record('gatherRows', out, [rows.length, d], [w], (g) => {
		const gw = gradBuffer(w)!;
		for (let r = 0; r < rows.length; r++) {
			const base = rows[r] * d;
			for (let j = 0; j < d; j++) gw[base + j] += g[r * d + j];
		}
	});
}

/**
 * Multi-head attention's heads of a projection: columns start … start + heads·dh − 1 of
 * x [B, T, C] as [B, heads, T, dh], in one copy — the same as
 * x.narrow(2, start, heads·dh).reshape([B, T, heads, dh]).transpose(1, 2).
 */
export function splitHeads(x: Tensor, heads: number, start: number, width: number): Tensor {
	const [batch, t, c] = x.shape;
	const dh = width / heads;
	if (x.ndim !== 3 || !Number.isInteger(dh) || dh < 1 || start < 0 || start + width > c) {
		throw new Error(
			`splitHeads: columns ${start} … ${start + width - 1} of ${formatShape(x.shape)} do not split into ${heads} heads`
		);
	}
	const out = new Float64Array(batch * t * width);
	headsCopy(x.data, out, batch, t, heads, dh, c, start, false);
	return record('splitHeads', out, [batch, heads, t, dh], [x], (g) =>
		headsCopy(gradBuffer(x)!, g, batch, t, heads, dh, c, start, true)
	);
}

/** [B, heads, T, dh] → [B, T, heads·dh], the heads side by side again (transpose(1, 2) and reshape). */
export function mergeHeads(x: Tensor): Tensor {
	if (x.ndim !== 4)
		throw new Error(`mergeHeads: needs [B, heads, T, dh], got ${formatShape(x.shape)}`);
	const [batch, heads, t, dh] = x.shape;
	const width = heads * dh;
	const out = new Float64Array(x.size);
	headsCopy(out, x.data, batch, t, heads, dh, width, 0, true);
	return record('mergeHeads', out, [batch, t, width], [x], (g) =>
		headsCopy(g, gradBuffer(x)!, batch, t, heads, dh, width, 0, false)
	);
}

/**
 * Between rows [B, T, c] (heads at columns start + h·dh …) and heads [B, H, T, dh]: copies rows
 * into heads, or with `intoRows` adds heads into rows.
 */
function headsCopy(
	rows: Data,
	split: Data,
	batch: number,
	t: number,
	heads: number,
	dh: number,
	c: number,
	start: number,
	intoRows: boolean
) {
	for (let b = 0; b < batch; b++) {
		for (let h = 0; h < heads; h++) {
			for (let i = 0; i < t; i++) {
				const r = (b * t + i) * c + start + h * dh;
				const s = ((b * heads + h) * t + i) * dh;
				if (intoRows) for (let e = 0; e < dh; e++) rows[r + e] += split[s + e];
				else for (let e = 0; e < dh; e++) split[s + e] = rows[r + e];
			}
		}
	}
}
