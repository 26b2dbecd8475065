/**
 * A tanh MLP's logits in plain loops over typed arrays, without the autodiff engine: for what is
 * only evaluated, never trained (the test points and the region grid after every step, the
 * chosen point on the page), where recording a graph would cost more than the arithmetic.
 * Weights as createMlp lays them out: W₁ [in, out] row-major, b₁, W₂, b₂, ….
 */
export function mlpLogits(
	sizes: readonly number[],
	weights: readonly ArrayLike<number>[],
	xs: ArrayLike<number>
): Float64Array {
	const rows = xs.length / sizes[0];
	let h: ArrayLike<number> = xs;
	for (let l = 0; l + 1 < sizes.length; l++) {
		const [fanIn, fanOut] = [sizes[l], sizes[l + 1]];
		const [w, b] = [weights[2 * l], weights[2 * l + 1]];
		const hidden = l + 2 < sizes.length;
		const out = new Float64Array(rows * fanOut);
		for (let r = 0; r < rows; r++) {
			for (let j = 0; j < fanOut; j++) {
				let s = b[j];
				for (let i = 0; i < fanIn; i++) s += h[r * fanIn + i] * w[i * fanOut + j];
				out[r * fanOut + j] = hidden ? Math.tanh(s) : s;
			}
		}
		h = out;
	}
	return h as Float64Array;
}

/** The logits at one point. */
export function mlpLogitsAt(
	sizes: readonly number[],
	weights: readonly ArrayLike<number>[],
	point: readonly number[]
): number[] {
	return Array.from(mlpLogits(sizes, weights, point));
}

/** Each row's softmax, in place. */
export function softmaxRows(logits: Float64Array, classes: number): Float64Array {
	for (let r = 0; r < logits.length; r += classes) {
		let max = -Infinity;
		for (let j = 0; j < classes; j++) max = Math.max(max, logits[r + j]);
		let sum = 0;
		for (let j = 0; j < classes; j++) sum += logits[r + j] = Math.exp(logits[r + j] - max);
		for (let j = 0; j < classes; j++) logits[r + j] /= sum;
	}
	return logits;
}
