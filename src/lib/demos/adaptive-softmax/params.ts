import type { Schema } from '$lib/state/params';

/** The guide's vocabulary has under 2,000 different words per language; cutoffs beyond it are clamped. */
export const MAX_RANK = 2000;

export const schema = {
	/** Last rank of the head (k_h words) and last rank of the first tail cluster. */
	head: { kind: 'int', default: 40, min: 1, max: MAX_RANK },
	tail: { kind: 'int', default: 300, min: 2, max: MAX_RANK },
	/** Width d of the hidden state. */
	d: { kind: 'int', default: 512, min: 16, max: 4096 },
	/** The word (by frequency rank) whose probability is computed both ways. */
	pick: { kind: 'int', default: 120, min: 1, max: MAX_RANK },
	/** Added to the tail clusters' head scores: 0 = the exact log-sum-exp. */
	shift: { kind: 'number', default: 0, min: -3, max: 3, step: 0.1 }
} as const satisfies Schema;
