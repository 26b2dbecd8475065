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

/** v scaled to unit length; null for a zero or non-finite v. */
function unit(v: number[]): number[] | null {
	const len = length(v);
	return len > 0 && Number.isFinite(len) ? v.map((x) => x / len) : null;
}

/** √(Σ x²) without underflow or overflow for entries near 1e-200 or 1e200. */
function length(v: readonly number[]): number {
	let big = 0;
	for (const x of v) big = Math.max(big, Math.abs(x));
	if (!(big > 0)) return 0;
	let s = 0;
	for (const x of v) s += (x / big) ** 2;
	return big * Math.sqrt(s);
}

/**
 * The largest singular value of A and its left singular vector, by power iteration on AAᵀ from
 * `start`: u ← A·Aᵀ·u, normalised, until the estimate ‖Aᵀu‖ changes by less than `tol` of itself
 * or after `maxSteps`. The estimate never overshoots ‖A‖₂ and, where the top two singular values
 * nearly tie, is nearly right either way. A good start (the last matrix's vector, when A grows
 * from it) needs only a few steps. A is scaled to max |a| = 1 inside, so tiny entries survive.
 */
export function topSingular(
	A: Matrix,
	start: number[],
	maxSteps = 500,
	tol = 1e-12
): { value: number; left: number[] } {
	let big = 0;
	for (const row of A) for (const a of row) big = Math.max(big, Math.abs(a));
	let u = unit(start);
	if (!u) throw new Error('topSingular: the start vector must be non-zero and finite');
	if (big === 0) return { value: 0, left: u };
	const B = A.map((row) => row.map((a) => a / big));
	const m = B[0].length;
	let value = 0;
	for (let k = 0; ; k++) {
		const v = new Array<number>(m).fill(0);
		for (let i = 0; i < B.length; i++) {
			const ui = u[i];
			if (ui === 0) continue;
			const row = B[i];
			for (let j = 0; j < m; j++) v[j] += ui * row[j];
		}
		const next = length(v);
		const settled = Math.abs(next - value) <= tol * next;
		value = next;
		const w = unit(B.map((row) => row.reduce((s, a, j) => s + a * v[j], 0)));
		if (settled || k >= maxSteps || !w) break;
		u = w;
	}
	return { value: big * value, left: u };
}

/** ‖A‖₂, the largest singular value (topSingular from a fixed start with no special symmetry). */
export function spectralNorm(A: Matrix): number {
	const start = Array.from({ length: A.length }, (_, i) => 1 + 1 / (i + 2));
	return topSingular(A, start).value;
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
	out[T] = Array.from({ length: n }, (_, i) =>
		Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))
	);
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

/**
 * ‖∂h_T/∂h_t‖₂ for t = 0 … T. Going back from T, each Jacobian is the last one times one more
 * factor on the right, so its top left singular vector moves little from the last one's: power
 * iteration started there settles in a few steps for most t.
 */
export function jacobianNorms(W: Matrix, states: readonly number[][]): number[] {
	const Js = hiddenStateJacobians(W, states);
	const out = new Array<number>(Js.length);
	let left = Array.from({ length: W.length }, (_, i) => 1 + 1 / (i + 2));
	for (let t = Js.length - 1; t >= 0; t--) {
		const top = topSingular(Js[t], left);
		out[t] = top.value;
		left = top.left;
	}
	return out;
}
