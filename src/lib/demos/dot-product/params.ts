import type { Schema } from '$lib/state/params';
import { MAX_LENGTH, MIN_LENGTH } from './cost';
import { MAX_DK } from './spread';
import { PLANE_LIMIT } from './vectors';

const coordinate = (value: number) =>
	({ kind: 'number', default: value, min: -PLANE_LIMIT, max: PLANE_LIMIT }) as const;

export const MAX_PICTURE = 64;

export const schema = {
	/** The two draggable 2-D vectors. */
	qx: coordinate(2),
	qy: coordinate(0.5),
	kx: coordinate(1),
	ky: coordinate(1.5),
	/** Dimension of the random query and key vectors. */
	dk: { kind: 'int', default: 64, min: 1, max: MAX_DK },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** Sequence length marked on the cost chart, and the chart's window and block sizes. */
	n: { kind: 'int', default: 32768, min: MIN_LENGTH, max: MAX_LENGTH },
	w: { kind: 'int', default: 4096, min: 1, max: 16384 },
	b: { kind: 'int', default: 64, min: 1, max: 4096 },
	/** The small mask pictures: length, window, block, and whether they are causal. */
	m: { kind: 'int', default: 16, min: 2, max: MAX_PICTURE },
	mw: { kind: 'int', default: 2, min: 0, max: 16 },
	mb: { kind: 'int', default: 4, min: 1, max: 16 },
	causal: { kind: 'bool', default: false }
} as const satisfies Schema;
