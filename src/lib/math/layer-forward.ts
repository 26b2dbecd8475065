/**
 * One forward pass of a recurrent layer and of a self-attention layer, on flat row-major
 * Float64Arrays (n tokens × width d), written to be timed: the recurrent layer's loop over tokens
 * is sequential by construction (step t reads h_(t−1)); the attention layer is a few matrix
 * products over all tokens at once. Counts of their work: layerCost in ./attention-cost.
 */
import { matmulAdd, matmulTransposedBAdd } from './autodiff/kernels/matmul';

/** h_t = tanh(x_t W + h_(t−1) U + b), h_0 = 0 (row vectors; W, U are d×d). Returns all h_t. */
export function rnnForward(
	x: Float64Array,
	n: number,
	d: number,
	W: Float64Array,
	U: Float64Array,
	b: Float64Array
): Float64Array {
	const H = new Float64Array(n * d);
	const pre = new Float64Array(d);
	let previous = new Float64Array(d);
	for (let t = 0; t < n; t++) {
		pre.set(b);
		matmulAdd(x.subarray(t * d, t * d + d), W, pre, 1, d, d);
		matmulAdd(previous, U, pre, 1, d, d);
		const h = H.subarray(t * d, t * d + d);
		for (let j = 0; j < d; j++) h[j] = Math.tanh(pre[j]);
		previous = h;
	}
	return H;
}

/**
 * One head of self-attention of width d: Q = XW_q, K = XW_k, V = XW_v, A = softmax(QKᵀ/√d) row
 * by row, output (AV)W_o. No mask: every token sees every token.
 */
export function selfAttentionForward(
	x: Float64Array,
	n: number,
	d: number,
	Wq: Float64Array,
	Wk: Float64Array,
	Wv: Float64Array,
	Wo: Float64Array
): Float64Array {
	const project = (w: Float64Array) => {
		const out = new Float64Array(n * d);
		matmulAdd(x, w, out, n, d, d);
		return out;
	};
	const Q = project(Wq);
	const K = project(Wk);
	const V = project(Wv);
	const A = new Float64Array(n * n);
	matmulTransposedBAdd(Q, K, A, n, d, n);
	const scale = 1 / Math.sqrt(d);
	for (let i = 0; i < n; i++) {
		const row = A.subarray(i * n, i * n + n);
		let top = -Infinity;
		for (let j = 0; j < n; j++) top = Math.max(top, row[j] * scale);
		let sum = 0;
		for (let j = 0; j < n; j++) sum += row[j] = Math.exp(row[j] * scale - top);
		for (let j = 0; j < n; j++) row[j] /= sum;
	}
	const Y = new Float64Array(n * d);
	matmulAdd(A, V, Y, n, n, d);
	const out = new Float64Array(n * d);
	matmulAdd(Y, Wo, out, n, d, d);
	return out;
}
