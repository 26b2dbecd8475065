import type { Schema } from '$lib/state/params';

/** Longest sentence the hash keeps. */
export const MAX_TEXT = 2_000;
/** Longest label description the hash keeps. */
export const MAX_DESCRIPTION = 400;

/** A label's description: '' means the guide's, in the reader's language (an emptied box is ' '). */
const description = { kind: 'string', default: '', maxLength: MAX_DESCRIPTION } as const;

export const schema = {
	/** The sentence; '' means the example in the reader's language (an emptied box is ' '). */
	text: { kind: 'string', default: '', maxLength: MAX_TEXT },
	/** Temperature of the softmax over cosine similarities. */
	T: { kind: 'number', default: 0.05, min: 0.01, max: 1, step: 0.01 },
	/** Topics left out of the labels (their places in `topics`). */
	off: { kind: 'numbers', default: [], min: 0, max: 7, maxLength: 8 },
	foundations: description,
	architecture: description,
	training: description,
	'fine-tuning': description,
	decoding: description,
	math: description,
	applications: description,
	models: description
} as const satisfies Schema;
