import type { Schema } from '$lib/state/params';
import { presets } from './presets';
import { MAX_SCORES, SCORE_RANGE } from './scores';

export const schema = {
	scores: {
		kind: 'numbers',
		default: presets[0].scores,
		min: SCORE_RANGE[0],
		max: SCORE_RANGE[1],
		maxLength: MAX_SCORES
	},
	/** Softmax needs T > 0; greedy T = 0 belongs to the temperature demo. */
	t: { kind: 'number', default: 1, min: 0.05, max: 3 }
} as const satisfies Schema;
