import type { Schema } from '$lib/state/params';
import { MAP_NAMES } from './maps';

export const MIN_SCORES = 2;
export const MAX_SCORES = 8;
export const SCORE_LIMIT = 20;
/** How far the draggable point may go from the origin on either axis. */
export const PLANE_LIMIT = 2;

export const schema = {
	/** The scores x whose softmax Jacobian ∂p/∂x is drawn. */
	scores: {
		kind: 'numbers',
		default: [2, 1, 0.1, -1],
		min: -SCORE_LIMIT,
		max: SCORE_LIMIT,
		maxLength: MAX_SCORES
	},
	t: { kind: 'number', default: 1, min: 0.1, max: 5, step: 0.05 },
	map: { kind: 'enum', default: 'tanh', values: MAP_NAMES },
	/** The point where the map's Jacobian is taken. */
	px: { kind: 'number', default: 0.6, min: -PLANE_LIMIT, max: PLANE_LIMIT, step: 0.05 },
	py: { kind: 'number', default: 0.4, min: -PLANE_LIMIT, max: PLANE_LIMIT, step: 0.05 },
	/** Half the side of the small square drawn around the point. */
	h: { kind: 'number', default: 0.5, min: 0.05, max: 1, step: 0.05 }
} as const satisfies Schema;
