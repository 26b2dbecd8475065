import type { Schema } from '$lib/state/params';

export const schema = {
	/** Seed of the coins: which pairs are positive, and the random sentences of the negatives. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** Pairs whose cosine is at least this are called positive (IsNext, or in order). */
	threshold: { kind: 'number', default: 0.3, min: -0.3, max: 1, step: 0.01 },
	/** The pair shown in detail (clamped to the number of pairs). */
	pair: { kind: 'int', default: 0, min: 0, max: 199 }
} as const satisfies Schema;
