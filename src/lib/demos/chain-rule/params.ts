import type { Schema } from '$lib/state/params';
import { MAX_LENGTH, MAX_NODES, MAX_STEPS, VALUE_RANGE } from './limits';
import { presets } from './presets';

export const schema = {
	expr: { kind: 'string', default: presets[0].expr, maxLength: MAX_LENGTH },
	/** The variables’ values in the order they first appear in the expression. */
	vals: {
		kind: 'numbers',
		default: presets[0].vals,
		min: VALUE_RANGE[0],
		max: VALUE_RANGE[1],
		maxLength: MAX_NODES
	},
	/** How many steps of the two passes are shown; past the end means all of them. */
	step: { kind: 'int', default: MAX_STEPS, min: 0, max: MAX_STEPS }
} as const satisfies Schema;
