import type { Schema } from '$lib/state/params';
import { LIMIT } from './constants';

export const SPEEDS = { slow: 20, normal: 60, fast: Infinity } as const;

export const schema = {
	/** The data: how many classes, and the noise around each centre (more overlap as it grows). */
	classes: { kind: 'int', default: 5, min: 3, max: 8 },
	spread: { kind: 'number', default: 0.45, min: 0.2, max: 1, step: 0.05 },
	/** The softening temperature T of the teacher's targets and the soft term. */
	T: { kind: 'number', default: 4, min: 1, max: 20, step: 0.5 },
	/** The mixed student's weight α on the soft term (1 − α on the hard labels). */
	alpha: { kind: 'number', default: 0.7, min: 0, max: 1, step: 0.05 },
	/** Transfer points the students learn from (out of the teacher's 400). */
	n: { kind: 'int', default: 10, min: 4, max: 320 },
	/** The students' hidden units. */
	width: { kind: 'int', default: 8, min: 2, max: 16 },
	/** The point whose softened distribution is shown. */
	px: { kind: 'number', default: 0.8, min: -LIMIT, max: LIMIT },
	py: { kind: 'number', default: 0.45, min: -LIMIT, max: LIMIT },
	/** The students' pace on screen (steps per second); the results do not depend on it. */
	speed: { kind: 'enum', default: 'normal', values: ['slow', 'normal', 'fast'] },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;

/** The classic cases, one button each. */
export const PRESETS = [
	{ id: 'little', n: 10, T: 4, alpha: 0.7 },
	{ id: 'plenty', n: 320, T: 4, alpha: 0.7 },
	{ id: 'cold', n: 10, T: 1, alpha: 0.7 },
	{ id: 'hot', n: 10, T: 20, alpha: 0.7 }
] as const;
