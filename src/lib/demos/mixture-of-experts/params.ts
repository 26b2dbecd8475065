import type { Schema } from '$lib/state/params';

/** Longest text the hash keeps; the routing uses its first MAX_ROUTED tokens. */
export const MAX_TEXT = 2000;
/** Tokens routed and drawn as rows of the routing table. */
export const MAX_ROUTED = 40;
export const MAX_EXPERTS = 16;

export const schema = {
	/** The sentence routed ('' = the example in the reader's language, ' ' = empty). */
	text: { kind: 'string', default: '', maxLength: MAX_TEXT },
	/** Experts E, experts per token k, and the capacity factor. */
	experts: { kind: 'int', default: 8, min: 2, max: MAX_EXPERTS },
	k: { kind: 'int', default: 1, min: 1, max: 2 },
	capacity: { kind: 'number', default: 1.25, min: 0.25, max: 3, step: 0.05 },
	/** The weight α of the load-balancing loss (Switch used 0.01). */
	alpha: { kind: 'number', default: 0.1, min: 0.001, max: 1, step: 0.001 },
	/** Seed of the gate matrix (and of the training run's batches and experts). */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;
