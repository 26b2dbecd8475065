import { defineJob } from '$lib/jobs';
import { simulateChains } from '$lib/math/chain-accuracy';
import { simulateVotes } from '$lib/math/plurality-vote';
import { createRng } from '$lib/math/rng';

export interface SimulationInput {
	p: number;
	c: number;
	n: number;
	m: number;
	kMax: number;
	trials: number;
	seed: number;
}

/** Simulated success rates for k = 1 … kMax (index k − 1). */
export interface SimulationOutput {
	single: number[];
	checked: number[];
	vote: number[];
}

/**
 * The error model simulated, seeded: for every chain length k, `trials` single chains, chains
 * with a checker, and votes over n chains (each chain right with probability pᵏ).
 */
export const simulation = defineJob(function* (input: SimulationInput) {
	const { p, c, n, m, kMax, trials, seed } = input;
	const out: SimulationOutput = { single: [], checked: [], vote: [] };
	for (let k = 1; k <= kMax; k++) {
		const rng = createRng((seed ^ Math.imul(k, 0x9e3779b1)) >>> 0);
		out.single.push(simulateChains(p, k, 0, trials, rng));
		out.checked.push(simulateChains(p, k, c, trials, rng));
		out.vote.push(simulateVotes(p ** k, n, m, trials, rng));
		yield;
	}
	return out;
});
