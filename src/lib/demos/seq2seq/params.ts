import type { Schema } from '$lib/state/params';
import { MAX_TARGET } from '$lib/engines/seq2seq/vocab';

export const MAX_TEXT = 200;

export const schema = {
	/** The source: a number spelled out in English words or Chinese numerals. */
	text: { kind: 'string', default: 'three hundred twelve', maxLength: MAX_TEXT },
	/** Which checkpoint decodes it (and which model "train from scratch" trains). */
	attention: { kind: 'bool', default: true },
	/** The decoding step shown (0 = the first digit). */
	step: { kind: 'int', default: MAX_TARGET - 1, min: 0, max: MAX_TARGET - 1 },
	/** The seed of "train from scratch": the weights' start and every batch. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;

/** Example sources under the text box: classic cases, and two the checkpoint gets wrong. */
export const EXAMPLES = [
	'three hundred twelve',
	'三百一十二',
	'ninety nine thousand nine hundred ninety nine',
	'九万九千九百九十九',
	'一千零六',
	'twenty thousand seven'
] as const;
