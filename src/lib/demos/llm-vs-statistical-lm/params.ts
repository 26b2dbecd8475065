import type { Schema } from '$lib/state/params';

export const schema = {
	corpus: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
	/** Every k-th answer of the guide is held out for evaluation. */
	every: { kind: 'int', default: 5, min: 2, max: 10 },
	/** The order shown in the context-window view. */
	n: { kind: 'int', default: 3, min: 1, max: 5 },
	prompt: { kind: 'string', default: 'The model', maxLength: 500 },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;
