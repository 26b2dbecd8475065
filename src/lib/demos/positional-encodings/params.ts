import type { Schema } from '$lib/state/params';

export const MAX_LENGTH = 512;
export const MAX_D_MODEL = 512;
/** The shuffle experiment draws two SVG heatmaps: a short sentence reads best. */
export const SHUFFLE_MAX_TOKENS = 24;
/** Longest text the hash keeps; the view uses the first SHUFFLE_MAX_TOKENS tokens. */
export const MAX_TEXT = 2000;

export const schema = {
	/** Positions and width of the encoding matrix. */
	len: { kind: 'int', default: 128, min: 1, max: MAX_LENGTH },
	d: { kind: 'int', default: 128, min: 2, max: MAX_D_MODEL, step: 2 },
	/** The column whose wave is drawn (clamped to d − 1 in the view). */
	dim: { kind: 'int', default: 6, min: 0, max: MAX_D_MODEL - 1 },
	/** The shuffle experiment: its sentence ('' = the example in the reader's language). */
	text: { kind: 'string', default: '', maxLength: MAX_TEXT },
	pos: { kind: 'bool', default: true },
	shuffle: { kind: 'bool', default: true },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;
