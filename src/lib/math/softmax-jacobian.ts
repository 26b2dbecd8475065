/**
 * The Jacobian of softmax with temperature: J_ij = ∂p_i/∂x_j = p_i(δ_ij − p_j) / T.
 * Symmetric, each row (and column) sums to 0 because the probabilities always sum to 1, and
 * positive semi-definite with the all-ones vector in its null space.
 */
import { softmax } from './softmax';

/** The n×n matrix ∂softmax(x, T)_i / ∂x_j. Throws where softmax does (empty x, NaN, T ≤ 0). */
export function softmaxJacobian(x: number[], temperature = 1): number[][] {
	const p = softmax(x, temperature);
	return p.map((pi, i) => p.map((pj, j) => (pi * ((i === j ? 1 : 0) - pj)) / temperature));
}
