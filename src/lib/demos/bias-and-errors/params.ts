import type { Schema } from '$lib/state/params';

export const schema = {
	/** The corpus's language: English templates, or Chinese ones with 他/她. */
	corpus: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
	/** Share of occupation sentences that follow the stereotype (0.5 balanced). */
	skew: { kind: 'number', default: 0.9, min: 0, max: 1, step: 0.05 },
	/** How many sentences the generator writes. */
	sentences: { kind: 'int', default: 1000, min: 200, max: 3000, step: 100 },
	seed: { kind: 'int', default: 1, min: 0, max: 4_294_967_295 },
	/** The occupation of "The … said that ___" (0–3 stereotyped male, 4–7 female). */
	job: { kind: 'int', default: 0, min: 0, max: 7 }
} as const satisfies Schema;
