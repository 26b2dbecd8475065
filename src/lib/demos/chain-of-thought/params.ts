import type { Schema } from '$lib/state/params';

/** The longest chain the accuracy chart reaches. */
export const K_MAX = 12;
/** Simulated chains (or votes) per point. */
export const TRIALS = 2000;

export const schema = {
	/** Draws the problem and every simulated chain. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** k: steps in the problem (and chain). */
	steps: { kind: 'int', default: 4, min: 1, max: 8 },
	/** p: the chance that one step is right, in the error model. */
	p: { kind: 'number', default: 0.9, min: 0.5, max: 1, step: 0.01 },
	/** c: the chance that a checker catches a wrong step (which is then redone). */
	c: { kind: 'number', default: 0.5, min: 0, max: 1, step: 0.05 },
	/** Whether the sampled chains shown have their steps checked. */
	check: { kind: 'bool', default: false },
	/** n: chains sampled for the vote. */
	n: { kind: 'int', default: 5, min: 1, max: 21 },
	/** m: how many different wrong answers a wrong chain may end at, in the voting model. */
	m: { kind: 'int', default: 3, min: 1, max: 10 }
} as const satisfies Schema;
