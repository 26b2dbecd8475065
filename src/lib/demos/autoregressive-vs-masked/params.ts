import type { Schema } from '$lib/state/params';

/** Two labelled matrices side by side stay readable up to this many tokens. */
export const MAX_TOKENS = 24;
/** Longest text the hash keeps; the view uses the first MAX_TOKENS tokens. */
export const MAX_TEXT = 2000;

export const schema = {
	/** The sentence; '' means the example in the reader's language (an emptied box is ' '). */
	text: { kind: 'string', default: '', maxLength: MAX_TEXT },
	/** Seed of BERT's choice of positions and of its 80-10-10 draws. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** true: BERT's targets are `picks`, chosen by hand; false: the seeded 15%. */
	custom: { kind: 'bool', default: false },
	picks: { kind: 'numbers', default: [], min: 0, max: MAX_TOKENS - 1, maxLength: MAX_TOKENS },
	/** BERT's 80-10-10 rule; off: every chosen position becomes [MASK]. */
	rule: { kind: 'bool', default: true },
	/** The position whose view is highlighted in both models (clamped to the sentence). */
	q: { kind: 'int', default: 3, min: 0, max: MAX_TOKENS - 1 }
} as const satisfies Schema;
