import type { Schema } from '$lib/state/params';

/** Steps a training run takes at most (about 100 passes over the examples). */
export const MAX_STEPS = 3000;

export const schema = {
	/** How many words before the next one form its context. */
	window: { kind: 'int', default: 2, min: 1, max: 3 },
	/** The learning rate of each SGD step. */
	lr: { kind: 'number', default: 0.3, min: 0.01, max: 2, step: 0.01 },
	/** Seeds the starting vectors and the order of the examples. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;
