import { models } from '$lib/content/model-facts';
import type { Schema } from '$lib/state/params';

/** Side of the synthetic update matrix ΔW. */
export const UPDATE_SIZE = 24;
/** How many weights NF4 and uniform absmax quantise side by side. */
export const WEIGHT_COUNT = 4096;
export const BLOCK_SIZES = ['16', '32', '64', '128', '256'] as const;

export const schema = {
	model: { kind: 'enum', default: 'llama2-7b', values: models.map((m) => m.id) },
	/** LoRA's rank and the matrices it adapts. */
	r: { kind: 'int', default: 8, min: 1, max: 256 },
	lq: { kind: 'bool', default: true },
	lk: { kind: 'bool', default: false },
	lv: { kind: 'bool', default: true },
	lo: { kind: 'bool', default: false },
	lm: { kind: 'bool', default: false },
	/** Rank of the approximation of the synthetic update, and how fast its spectrum falls. */
	k: { kind: 'int', default: 4, min: 0, max: UPDATE_SIZE },
	decay: { kind: 'number', default: 0.75, min: 0, max: 1, step: 0.01 },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** NF4's block size. */
	block: { kind: 'enum', default: '64', values: BLOCK_SIZES }
} as const satisfies Schema;
