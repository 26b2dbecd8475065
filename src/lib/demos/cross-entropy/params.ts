import type { Schema } from '$lib/state/params';
import { LOGIT_RANGE, MAX_TOKENS } from './loss';

export const schema = {
	/** The model's logits, one per candidate next token. */
	logits: {
		kind: 'numbers',
		default: [1, 2.5, 0.5, 0, -1],
		min: LOGIT_RANGE[0],
		max: LOGIT_RANGE[1],
		maxLength: MAX_TOKENS
	},
	/** Index of the correct next token. */
	target: { kind: 'int', default: 0, min: 0, max: MAX_TOKENS - 1 },
	/** Label smoothing ε: the share of the target spread evenly over every token. */
	smoothing: { kind: 'number', default: 0, min: 0, max: 0.5, step: 0.01 },
	/** Learning rate of the gradient step button. */
	rate: { kind: 'number', default: 1, min: 0.1, max: 3, step: 0.1 },
	unit: { kind: 'enum', default: 'nats', values: ['nats', 'bits'] }
} as const satisfies Schema;
