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
import { powerIteration } from './power-iteration';
import { randomMatrix, symmetricEigen } from './linalg';
import type { Rng } from './rng';

type Matrix = number[][];

const times = (A: Matrix, v: number[]) => A.map((row) => row.reduce((s, a, j) => s + a * v[j], 0));

/**
 * ‖A‖₂, the largest singular value: √λ₁(AᵀA) by power iteration on AᵀA (symmetric and positive
 * semi-definite, so its top eigenvalue is its largest in magnitude). The Rayleigh quotient never
 * overshoots, and where the top two singular values nearly tie, either is nearly right. A is
 * scaled to max |a| = 1 first, so that entries near 1e-200 do not underflow when squared.
 * 0 for a zero matrix.
 */
export function spectralNorm(A: Matrix, steps = 100): number {
	const n = A[0]?.length ?? 0;
	let big = 0;
	for (const row of A) for (const a of row) big = Math.max(big, Math.abs(a));
	if (n === 0 || big === 0) return 0;
	const B = A.map((row) => row.map((a) => a / big));
	const gram = Array.from({ length: n }, (_, i) =>
		Array.from({ length: n }, (_, j) => B.reduce((s, row) => s + row[i] * row[j], 0))
	);
	// A fixed start with no symmetry that would make it orthogonal to a top singular vector.
	const start = Array.from({ length: n }, (_, i) => 1 + 1 / (i + 2));
	const last = powerIteration(gram, start, steps).at(-1)!;
	return big * Math.sqrt(Math.max(0, last.rayleigh));
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
		const pre = times(W, states.at(-1)!);
		states.push(pre.map((p, i) => Math.tanh(p + x[i])));
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
	out[T] = Array.from({ length: n }, (_, i) =>
		Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))
	);
	for (let t = T; t >= 1; t--) {
		const d = states[t].map((h) => 1 - h * h);
		const J = out[t];
		// (J · diag(d) · W)[i][j] = Σ_k J[i][k] d[k] W[k][j]
		out[t - 1] = J.map((row) => {
			const scaled = row.map((a, k) => a * d[k]);
			return Array.from({ length: n }, (_, j) => scaled.reduce((s, a, k) => s + a * W[k][j], 0));
		});
	}
	return out;
}

/** ‖∂h_T/∂h_t‖₂ for t = 0 … T. */
export function jacobianNorms(W: Matrix, states: readonly number[][]): number[] {
	return hiddenStateJacobians(W, states).map((J) => spectralNorm(J));
}
