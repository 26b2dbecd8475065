import { headKinds } from '$lib/engines/attention';
import type { Schema } from '$lib/state/params';

/** Longest text the hash keeps: about 2,000 words, far more than any view draws. */
export const MAX_TEXT = 20_000;
/** d_k of the step-by-step view: small enough to print every number. */
export const SCORES_DK = 4;
export const SCORES_MAX_TOKENS = 8;
/** The tiny GPT's REFERENCE_SHAPE (tested equal), written out to keep its engine out of this page's first load. */
export const GPT_LAYERS = 2;
export const GPT_HEADS = 4;
export const GPT_D_MODEL = 64;

export const schema = {
	/** The sentence; '' means the example in the reader's language (an emptied box is ' '). */
	text: { kind: 'string', default: '', maxLength: MAX_TEXT },
	/** Whose heads: built by hand here, or learned by the tiny GPT. */
	src: { kind: 'enum', default: 'built', values: ['built', 'gpt'] },
	/** The tiny GPT's layer and head, from 1 (its reference shape: 2 layers × 4 heads). */
	layer: { kind: 'int', default: 1, min: 1, max: GPT_LAYERS },
	gh: { kind: 'int', default: 1, min: 1, max: GPT_HEADS },
	/** The head shown by the attention view (question 2). */
	head: { kind: 'enum', default: 'similar', values: headKinds },
	/** The selected query token. */
	q: { kind: 'int', default: 4, min: 0, max: 255 },
	mask: { kind: 'enum', default: 'none', values: ['none', 'causal'] },
	/** Heads of the multi-head view (question 22). */
	h: { kind: 'int', default: 4, min: 1, max: 8 },
	/** The step-by-step view (question 32): its head, stage, selected key, and edited Q and K. */
	sh: { kind: 'enum', default: 'previous', values: headKinds },
	step: { kind: 'int', default: 0, min: 0, max: 5 },
	k: { kind: 'int', default: 3, min: 0, max: 255 },
	eq: {
		kind: 'numbers',
		default: [],
		min: -50,
		max: 50,
		maxLength: SCORES_MAX_TOKENS * SCORES_DK
	},
	ek: {
		kind: 'numbers',
		default: [],
		min: -50,
		max: 50,
		maxLength: SCORES_MAX_TOKENS * SCORES_DK
	}
} as const satisfies Schema;
