/**
 * The softmax Jacobian as the autodiff engine finds it: one backward pass per output. Backward
 * from the scalar pᵢ leaves ∂pᵢ/∂xⱼ in x.grad, row i of the matrix. Real backpropagation never
 * does this: it sends back one vector–Jacobian product gᵀJ per pass; n passes rebuild J whole.
 */
import { Tensor } from '$lib/math/autodiff';

export function softmaxJacobianByAutodiff(x: readonly number[], temperature = 1): number[][] {
	return x.map((_, i) => {
		const input = Tensor.from(x, [x.length], { requiresGrad: true });
		const pick = Tensor.from(
			x.map((_, j) => (j === i ? 1 : 0)),
			[x.length]
		);
		input.div(temperature).softmax().mul(pick).sum().backward();
		return Array.from(input.grad!);
	});
}

/** The largest |aᵢⱼ − bᵢⱼ| of two matrices of one shape. */
export function largestDifference(a: readonly number[][], b: readonly number[][]): number {
	let worst = 0;
	a.forEach((row, i) => row.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - b[i][j])))));
	return worst;
}

/** The sums of the rows. */
export const rowSums = (m: readonly number[][]) => m.map((row) => row.reduce((s, v) => s + v, 0));
