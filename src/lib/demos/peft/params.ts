import { models } from '$lib/content/model-facts';
import type { Schema } from '$lib/state/params';

export const schema = {
	model: { kind: 'enum', default: 'llama2-7b', values: models.map((m) => m.id) },
	/** LoRA: rank and the matrices it adapts. */
	r: { kind: 'int', default: 8, min: 1, max: 256 },
	lq: { kind: 'bool', default: true },
	lk: { kind: 'bool', default: false },
	lv: { kind: 'bool', default: true },
	lo: { kind: 'bool', default: false },
	lm: { kind: 'bool', default: false },
	/** Houlsby adapters' bottleneck width. */
	m: { kind: 'int', default: 64, min: 1, max: 1024 },
	/** Prefix tuning's length and prompt tuning's number of virtual tokens. */
	p: { kind: 'int', default: 20, min: 1, max: 512 },
	n: { kind: 'int', default: 20, min: 1, max: 512 }
} as const satisfies Schema;
