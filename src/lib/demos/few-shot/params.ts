import { MAX_K } from '$lib/engines/topic-classifier';
import type { Schema } from '$lib/state/params';

/** Longest sentence the hash keeps. */
export const MAX_TEXT = 2_000;

export const schema = {
	/** Labelled examples per label: 0 is zero-shot (the descriptions stand in). */
	k: { kind: 'int', default: 4, min: 0, max: MAX_K },
	/** Which sentences are the examples (and so which are the test set). */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** Count each label's description as one more example in its centroid. */
	desc: { kind: 'bool', default: false },
	/** Topics left out of the labels (their places in `topics`). */
	off: { kind: 'numbers', default: [], min: 0, max: 7, maxLength: 8 },
	/** The sentence; '' means the example in the reader's language (an emptied box is ' '). */
	text: { kind: 'string', default: '', maxLength: MAX_TEXT },
	/** Temperature of the softmax over cosine similarities. */
	T: { kind: 'number', default: 0.05, min: 0.01, max: 1, step: 0.01 },
	/** The induction-head toy's seed: its weights, training sequences and sample. */
	ihSeed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;

/** Training steps of the induction-head toy (its bump comes after a few hundred). */
export const IH_STEPS = 1000;
