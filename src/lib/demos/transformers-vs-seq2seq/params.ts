import type { Schema } from '$lib/state/params';

/** Longest sentence the hash keeps (a longer link is cut here, with a notice). */
export const MAX_TEXT = 2_000;
/** Tokens drawn on the timeline; the counts use them all. */
export const MAX_DRAWN = 16;

export const schema = {
	/** The sentence; '' means the example in the reader's language (an emptied box is ' '). */
	text: { kind: 'string', default: '', maxLength: MAX_TEXT },
	/** The time step shown on the timeline (clamped to the sentence's length). */
	step: { kind: 'int', default: 3, min: 0, max: MAX_DRAWN },
	/** The model width d of the formulas (the base Transformer's is 512). */
	d: { kind: 'int', default: 512, min: 16, max: 16384 },
	/** The width of the layers timed on this device. */
	md: { kind: 'enum', default: '64', values: ['32', '64', '128'] }
} as const satisfies Schema;
