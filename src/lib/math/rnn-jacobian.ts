/**
 * Why a plain RNN forgets: h_t = tanh(W·h_{t−1} + x_t), so the gradient reaching step t from
 * step T passes through
 *
 *   ∂h_T/∂h_t = ∏_{k = T … t+1} diag(1 − h_k²)·W,
 *
 * whose size shrinks or grows about like ρ(W)^{T−t} (ρ the spectral radius) while the states
 * stay near 0, where tanh' ≈ 1; saturated states (|h| → 1) shrink it further (Pascanu, Mikolov
 * and Bengio, 2013, "On the difficulty of training recurrent neural networks", section 2.1).
 */
import { randomMatrix, symmetricEigen } from './linalg';
import type { Rng } from './rng';

type Matrix = number[][];


/**
 * ‖A‖₂, the largest singular value: √λ₁(AᵀA), by power iteration done as repeated squaring —
 * P ← P², rescaled, `squarings` times, which is 2^squarings power steps for `squarings` matrix
 * products — then the Rayleigh quotient of AᵀA at P's largest column (P ≈ c·v₁v₁ᵀ, so that column
 * lies along v₁). The quotient never overshoots, and where the top two singular values nearly
 * tie, either is nearly right. A is scaled to max |a| = 1 first, so that entries near 1e-200 do
 * not underflow when squared. 0 for a zero matrix.
 */
export function spectralNorm(A: Matrix, squarings = 8): number {
	const n = A[0]?.length ?? 0;
	let big = 0;
	for (const row of A) for (const a of row) big = Math.max(big, Math.abs(a));
	if (n === 0 || big === 0) return 0;
	const gram = new Float64Array(n * n);
	for (const row of A) {
		for (let i = 0; i < n; i++) {
			const a = row[i] / big;
			if (a === 0) continue;
			for (let j = 0; j < n; j++) gram[i * n + j] += (a * row[j]) / big;
		}
	}
	let P = gram;
	for (let s = 0; s < squarings; s++) {
		const Q = new Float64Array(n * n);
		let top = 0;
		for (let i = 0; i < n; i++) {
			for (let k = 0; k < n; k++) {
				const p = P[i * n + k];
				if (p === 0) continue;
				for (let j = 0; j < n; j++) Q[i * n + j] += p * P[k * n + j];
			}
		}
		for (let i = 0; i < Q.length; i++) top = Math.max(top, Math.abs(Q[i]));
		if (top === 0) break;
		for (let i = 0; i < Q.length; i++) Q[i] /= top;
		P = Q;
	}
	let best = 0;
	let bestNorm = -1;
	for (let j = 0; j < n; j++) {
		let s2 = 0;
		for (let i = 0; i < n; i++) s2 += P[i * n + j] ** 2;
		if (s2 > bestNorm) [best, bestNorm] = [j, s2];
	}
	const v = Array.from({ length: n }, (_, i) => P[i * n + best]);
	let vGv = 0;
	let vv = 0;
	for (let i = 0; i < n; i++) {
		vv += v[i] * v[i];
		for (let j = 0; j < n; j++) vGv += v[i] * gram[i * n + j] * v[j];
	}
	return vv > 0 ? big * Math.sqrt(Math.max(0, vGv / vv)) : 0;
}

/**
 * The spectral radius max |λᵢ| of a symmetric matrix (which there equals ‖A‖₂), from all its
 * eigenvalues by Jacobi rotations: exact where power iteration crawls, as when λ and −λ nearly tie.
 * Throws for a matrix that is not symmetric (its top eigenvalues may be a complex pair).
 */
export function symmetricSpectralRadius(A: Matrix): number {
	return Math.max(0, ...symmetricEigen(A).values.map(Math.abs));
}

/**
 * A random symmetric n×n recurrent weight, (G + Gᵀ)/2 for Gaussian G drawn from rng, scaled so
 * that its spectral radius is `radius`. Symmetric so that ρ(W) = ‖W‖₂ and ‖Wᵏ‖₂ = ρᵏ exactly.
 */
export function recurrentWeight(n: number, radius: number, rng: Rng): Matrix {
	const G = randomMatrix(n, n, rng);
	const S = G.map((row, i) => row.map((g, j) => (g + G[j][i]) / 2));
	const rho = symmetricSpectralRadius(S);
	return S.map((row) => row.map((s) => (s * radius) / rho));
}

/** h₀ … h_T for h_t = tanh(W·h_{t−1} + x_t), with inputs x₁ … x_T. */
export function rnnStates(W: Matrix, inputs: readonly number[][], h0: number[]): number[][] {
	const states = [h0];
	for (const x of inputs) {
		const h = states.at(-1)!;
		states.push(W.map((row, i) => Math.tanh(row.reduce((s, w, j) => s + w * h[j], x[i]))));
	}
	return states;
}

/**
 * ∂h_T/∂h_t for t = 0 … T (the last is the identity), from the states h₀ … h_T:
 * J_T = I, J_{t−1} = J_t · diag(1 − h_t²) · W.
 */
export function hiddenStateJacobians(W: Matrix, states: readonly number[][]): Matrix[] {
	const n = W.length;
	const T = states.length - 1;
	const out: Matrix[] = new Array(T + 1);
	out[T] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
	for (let t = T; t >= 1; t--) {
		const h = states[t];
		// (J · diag(1 − h²) · W)[i][j] = Σ_k J[i][k] (1 − h_k²) W[k][j]
		out[t - 1] = out[t].map((row) => {
			const next = new Array<number>(n).fill(0);
			for (let k = 0; k < n; k++) {
				const a = row[k] * (1 - h[k] * h[k]);
				if (a === 0) continue;
				const w = W[k];
				for (let j = 0; j < n; j++) next[j] += a * w[j];
			}
			return next;
		});
	}
	return out;
}

/** ‖∂h_T/∂h_t‖₂ for t = 0 … T. */
export function jacobianNorms(W: Matrix, states: readonly number[][]): number[] {
	return hiddenStateJacobians(W, states).map((J) => spectralNorm(J));
}
