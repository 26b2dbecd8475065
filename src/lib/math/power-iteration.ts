/**
 * Power iteration: b_{k+1} = A·b_k / |A·b_k|. For a symmetric matrix whose largest |eigenvalue|
 * λ₁ is strictly larger than the next, b_k turns towards the top eigenvector v₁ (up to sign),
 * the angle to it shrinking like |λ₂/λ₁|^k, unless b₀ is exactly orthogonal to v₁.
 */
import { dot, norm } from './linalg';

export interface PowerStep {
	/** b_k, a unit vector (b₀ is the start vector, normalised). */
	vector: number[];
	/** The Rayleigh quotient b_kᵀ·A·b_k: the estimate of λ₁ after k steps. */
	rayleigh: number;
}

const times = (A: number[][], v: number[]) => A.map((row) => dot(row, v));

/**
 * b₀ … b_steps for the square matrix A from `start`. Stops early (fewer entries) when A·b_k is
 * the zero vector: b_k lies in A's null space and has nowhere to turn. A zero start throws.
 */
export function powerIteration(A: number[][], start: number[], steps: number): PowerStep[] {
	if (A.some((row) => row.length !== A.length) || start.length !== A.length) {
		throw new Error(
			`powerIteration: A must be square with the start vector's length (${start.length})`
		);
	}
	const n0 = norm(start);
	if (!(n0 > 0) || !Number.isFinite(n0)) {
		throw new Error('powerIteration: the start vector must be non-zero and finite');
	}
	let b = start.map((x) => x / n0);
	const out: PowerStep[] = [];
	for (let k = 0; ; k++) {
		const Ab = times(A, b);
		out.push({ vector: b, rayleigh: dot(b, Ab) });
		const len = norm(Ab);
		if (k >= steps || len === 0) return out;
		b = Ab.map((x) => x / len);
	}
}

/**
 * The angle in radians between two lines through the origin (directions without sign), in
 * [0, π/2]. As 2·atan2(‖â − b̂‖, ‖â + b̂‖) with b̂ turned to face â (Kahan): accurate for tiny
 * angles, where acos of a cosine near 1 loses everything below about 1e-8.
 */
export function angleBetweenLines(a: number[], b: number[]): number {
	const na = norm(a);
	const nb = (dot(a, b) < 0 ? -1 : 1) * norm(b);
	const diff = a.map((x, i) => x / na - b[i] / nb);
	const sum = a.map((x, i) => x / na + b[i] / nb);
	return 2 * Math.atan2(norm(diff), norm(sum));
}
