import type { Schema } from '$lib/state/params';
import { LIMIT, MAX_POINTS } from './cloud';

export const MAX_ITERATIONS = 30;
export const MAX_WORDS = 40;

export const schema = {
	/** Where the points come from: a seeded sample, or the hand-placed list `pts`. */
	cloud: { kind: 'enum', default: 'sample', values: ['sample', 'hand'] },
	shape: { kind: 'enum', default: 'gaussian', values: ['gaussian', 'clusters'] },
	n: { kind: 'int', default: 60, min: 2, max: MAX_POINTS },
	sx: { kind: 'number', default: 2, min: 0.1, max: 2.5, step: 0.05 },
	sy: { kind: 'number', default: 1.2, min: 0.1, max: 2.5, step: 0.05 },
	rho: { kind: 'number', default: 0.8, min: -0.99, max: 0.99, step: 0.01 },
	gap: { kind: 'number', default: 0, min: 0, max: 8, step: 0.1 },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** Hand-placed points, x₁,y₁,x₂,y₂,… */
	pts: { kind: 'numbers', default: [], min: -LIMIT, max: LIMIT, maxLength: 2 * MAX_POINTS },
	/** Draw each point's projection onto the first component. */
	proj: { kind: 'bool', default: true },
	/** Power iteration: the start vector's angle in degrees, and the steps taken. */
	b0: { kind: 'int', default: 100, min: 0, max: 179 },
	iter: { kind: 'int', default: 0, min: 0, max: MAX_ITERATIONS },
	/** The guide's words to project, separated by spaces or commas. */
	words: {
		kind: 'string',
		default:
			'attention softmax query key value scores training gradients loss learning tokens words text sequence translation summarization',
		maxLength: 400
	}
} as const satisfies Schema;
