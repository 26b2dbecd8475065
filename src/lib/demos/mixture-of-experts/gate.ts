/** The router's gate: a seeded d × E matrix, and the gate logits x·W of word vectors. */
import { createRng, randomNormal } from '$lib/math/rng';

/** Standard deviation of the seeded gate weights: with unit word vectors, logits of about ±1. */
export const GATE_STD = 0.3;

/** A d × E gate matrix (row-major) drawn from N(0, GATE_STD²) with the seed. */
export function seededGate(dim: number, experts: number, seed: number): number[] {
	const rng = createRng(seed ^ 0x9e3779b9);
	return Array.from({ length: dim * experts }, () => GATE_STD * randomNormal(rng));
}

/** Each row of `rows` (width dim) times the gate (dim × experts, row-major). */
export function gateLogits(
	rows: readonly number[][],
	gate: readonly number[],
	experts: number
): number[][] {
	return rows.map((x) => {
		const out = new Array<number>(experts).fill(0);
		x.forEach((xd, d) => {
			for (let e = 0; e < experts; e++) out[e] += xd * gate[d * experts + e];
		});
		return out;
	});
}
