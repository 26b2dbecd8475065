/** Sums and means, of every element or along one axis. */
import { normaliseAxis, sizeOf } from '../shape';
import { gradBuffer, record, type Tensor } from '../tensor';

function reduce(op: 'sum' | 'mean', x: Tensor, axis: number | undefined, keepDim: boolean): Tensor {
	if (axis === undefined) {
		const scale = op === 'mean' ? 1 / x.size : 1;
		let s = 0;
		for (let i = 0; i < x.size; i++) s += x.data[i];
		const shape = keepDim ? x.shape.map(() => 1) : [];
		return record(op, Float64Array.of(s * scale), shape, [x], (g) => {
			const gx = gradBuffer(x)!;
			const v = g[0] * scale;
			for (let i = 0; i < gx.length; i++) gx[i] += v;
		});
	}
	// The tensor as [outer, n, inner]: the result is [outer, inner].
	const ax = normaliseAxis(op, axis, x.ndim);
	const n = x.shape[ax];
	const outer = sizeOf(x.shape.slice(0, ax));
	const inner = sizeOf(x.shape.slice(ax + 1));
	const scale = op === 'mean' ? 1 / n : 1;
	const out = new Float64Array(outer * inner);
	for (let o = 0; o < outer; o++) {
		for (let r = 0; r < n; r++) {
			const xi = (o * n + r) * inner;
			for (let j = 0; j < inner; j++) out[o * inner + j] += x.data[xi + j];
		}
	}
	if (scale !== 1) for (let i = 0; i < out.length; i++) out[i] *= scale;
	const shape = keepDim
		? x.shape.map((d, i) => (i === ax ? 1 : d))
		: x.shape.filter((_, i) => i !== ax);
	return record(op, out, shape, [x], (g) => {
		const gx = gradBuffer(x)!;
		for (let o = 0; o < outer; o++) {
			for (let r = 0; r < n; r++) {
				const xi = (o * n + r) * inner;
				for (let j = 0; j < inner; j++) gx[xi + j] += g[o * inner + j] * scale;
			}
		}
	});
}

export function sum(x: Tensor, axis?: number, keepDim = false): Tensor {
	return reduce('sum', x, axis, keepDim);
}

export function mean(x: Tensor, axis?: number, keepDim = false): Tensor {
	return reduce('mean', x, axis, keepDim);
}
