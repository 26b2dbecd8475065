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

/** √(Σ x²) without underflow or overflow for entries near 1e-200 or 1e200. */
function length(v: Float64Array): number {
	let big = 0;
	for (const x of v) big = Math.max(big, Math.abs(x));
	if (!(big > 0)) return 0;
	let s = 0;
	for (const x of v) s += (x / big) ** 2;
	return big * Math.sqrt(s);
}

/** v scaled in place to unit length; false (v untouched) for a zero or non-finite v. */
function normalise(v: Float64Array): boolean {
	const len = length(v);
	if (!(len > 0 && Number.isFinite(len))) return false;
	for (let i = 0; i < v.length; i++) v[i] /= len;
	return true;
}

/**
 * The largest singular value of the rows×cols row-major A and its left singular vector, by power
 * iteration on AAᵀ from `start`: u ← A·Aᵀ·u, normalised, until the estimate ‖Aᵀu‖ changes by
 * less than `tol` of itself or after `maxSteps`. The estimate never overshoots ‖A‖₂ and, where
 * the top two singular values nearly tie, is nearly right either way. A good start (the last
 * matrix's vector, when A grows from it) needs only a few steps. A is scaled to max |a| = 1
 * inside, so tiny entries survive. Flat typed arrays: it runs on a slider's every input.
 */
export function topSingular(
	A: Float64Array,
	cols: number,
	start: ArrayLike<number>,
	maxSteps = 500,
	tol = 1e-12
): { value: number; left: Float64Array } {
	const rows = A.length / cols;
	let big = 0;
	for (const a of A) big = Math.max(big, Math.abs(a));
	let u = Float64Array.from(start);
	if (!normalise(u)) throw new Error('topSingular: the start vector must be non-zero and finite');
	if (big === 0) return { value: 0, left: u };
	const B = A.map((a) => a / big);
	const v = new Float64Array(cols);
	let value = 0;
	for (let k = 0; ; k++) {
		v.fill(0);
		for (let i = 0; i < rows; i++) {
			const ui = u[i];
			if (ui === 0) continue;
			for (let j = 0, at = i * cols; j < cols; j++, at++) v[j] += ui * B[at];
		}
		const next = length(v);
		const settled = Math.abs(next - value) <= tol * next;
		value = next;
		const w = new Float64Array(rows);
		for (let i = 0, at = 0; i < rows; i++) {
			let s = 0;
			for (let j = 0; j < cols; j++, at++) s += B[at] * v[j];
			w[i] = s;
		}
		if (settled || k >= maxSteps || !normalise(w)) break;
		u = w;
	}
	return { value: big * value, left: u };
}

/** ‖A‖₂, the largest singular value (topSingular from a fixed start with no special symmetry). */
export function spectralNorm(A: Matrix): number {
	const start = Array.from({ length: A.length }, (_, i) => 1 + 1 / (i + 2));
	return topSingular(Float64Array.from(A.flat()), A[0].length, start).value;
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
 * ∂h_T/∂h_t for t = T down to 0, each handed to `visit` as a flat row-major n×n array (reused:
 * copy what you keep), from the states h₀ … h_T: J_T = I, J_{t−1} = J_t · diag(1 − h_t²) · W.
 */
function eachHiddenStateJacobian(
	W: Matrix,
	states: readonly number[][],
	visit: (J: Float64Array, t: number) => void
): void {
	const n = W.length;
	const flatW = Float64Array.from(W.flat());
	const slope = new Float64Array(n);
	let J = new Float64Array(n * n);
	let next = new Float64Array(n * n);
	for (let i = 0; i < n; i++) J[i * n + i] = 1;
	const T = states.length - 1;
	visit(J, T);
	for (let t = T; t >= 1; t--) {
		const h = states[t];
		for (let k = 0; k < n; k++) slope[k] = 1 - h[k] * h[k];
		next.fill(0);
		// (J · diag(1 − h²) · W)[i][j] = Σ_k J[i][k] (1 − h_k²) W[k][j]
		for (let i = 0; i < n; i++) {
			const row = i * n;
			for (let k = 0; k < n; k++) {
				const a = J[row + k] * slope[k];
				if (a === 0) continue;
				for (let j = 0, at = k * n; j < n; j++, at++) next[row + j] += a * flatW[at];
			}
		}
		[J, next] = [next, J];
		visit(J, t - 1);
	}
}

/** ∂h_T/∂h_t for t = 0 … T (the last is the identity), from the states h₀ … h_T. */
export function hiddenStateJacobians(W: Matrix, states: readonly number[][]): Matrix[] {
	const n = W.length;
	const out: Matrix[] = new Array(states.length);
	eachHiddenStateJacobian(W, states, (J, t) => {
		out[t] = Array.from({ length: n }, (_, i) => Array.from(J.subarray(i * n, i * n + n)));
	});
	return out;
}

/**
 * ‖∂h_T/∂h_t‖₂ for t = 0 … T. Going back from T, each Jacobian is the last one times one more
 * factor on the right, so its top left singular vector moves little from the last one's: power
 * iteration started there settles in a few steps for most t.
 */
export function jacobianNorms(W: Matrix, states: readonly number[][]): number[] {
	const n = W.length;
	const out = new Array<number>(states.length);
	let left: ArrayLike<number> = Array.from({ length: n }, (_, i) => 1 + 1 / (i + 2));
	eachHiddenStateJacobian(W, states, (J, t) => {
		const top = topSingular(J, n, left);
		out[t] = top.value;
		left = top.left;
	});
	return out;
}
