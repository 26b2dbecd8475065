/**
 * softmax and log softmax along the last axis, each row shifted by its maximum first so exp
 * never overflows. Backward uses the closed forms of the Jacobian–vector product:
 * softmax: dx = y ⊙ (g − Σ g⊙y); log softmax: dx = g − softmax(x) · Σ g.
 */
import { formatShape } from '../shape';
import { gradBuffer, record, type Data, type Tensor } from '../tensor';

function lastAxis(op: string, x: Tensor): number {
	if (x.ndim === 0 || x.shape[x.ndim - 1] === 0) {
		throw new Error(`${op}: needs a non-empty last axis, got shape ${formatShape(x.shape)}`);
	}
	return x.shape[x.ndim - 1];
}

/** log Σ exp of x[start … start+v−1], shifted by the maximum first. */
export function logSumExp(x: Data, start: number, v: number): number {
	let m = -Infinity;
	for (let j = start; j < start + v; j++) if (x[j] > m) m = x[j];
	let s = 0;
	for (let j = start; j < start + v; j++) s += Math.exp(x[j] - m);
	return m + Math.log(s);
}

/** Writes each row's log softmax into out and returns nothing; rows of length v. */
export function logSoftmaxRows(x: Data, out: Data, v: number): void {
	for (let r = 0; r < x.length; r += v) {
		const lse = logSumExp(x, r, v);
		for (let j = 0; j < v; j++) out[r + j] = x[r + j] - lse;
	}
}

export function softmax(x: Tensor): Tensor {
	const v = lastAxis('softmax', x);
	const y = new Float64Array(x.size);
	for (let r = 0; r < x.size; r += v) {
		let m = -Infinity;
		for (let j = 0; j < v; j++) if (x.data[r + j] > m) m = x.data[r + j];
		let s = 0;
		for (let j = 0; j < v; j++) {
			const e = Math.exp(x.data[r + j] - m);
			y[r + j] = e;
			s += e;
		}
		for (let j = 0; j < v; j++) y[r + j] /= s;
	}
	return record('softmax', y, x.shape, [x], (g) => {
		const gx = gradBuffer(x)!;
		for (let r = 0; r < y.length; r += v) {
			let dot = 0;
			for (let j = 0; j < v; j++) dot += g[r + j] * y[r + j];
			for (let j = 0; j < v; j++) gx[r + j] += y[r + j] * (g[r + j] - dot);
		}
	});
}

export function logSoftmax(x: Tensor): Tensor {
	const v = lastAxis('logSoftmax', x);
	const y = new Float64Array(x.size);
	logSoftmaxRows(x.data, y, v);
	return record('logSoftmax', y, x.shape, [x], (g) => {
		const gx = gradBuffer(x)!;
		for (let r = 0; r < y.length; r += v) {
			let total = 0;
			for (let j = 0; j < v; j++) total += g[r + j];
			for (let j = 0; j < v; j++) gx[r + j] += g[r + j] - Math.exp(y[r + j]) * total;
		}
	});
}
