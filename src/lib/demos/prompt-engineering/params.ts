import type { Schema } from '$lib/state/params';
import { PROMPT_PRESETS } from './presets';

/** A prompt's length in characters: a few times the model's 64-token context, so overflow shows. */
export const MAX_PROMPT = 400;

export const schema = {
	/** The two prompts compared side by side. */
	a: { kind: 'string', default: PROMPT_PRESETS[0].a, maxLength: MAX_PROMPT },
	b: { kind: 'string', default: PROMPT_PRESETS[0].b, maxLength: MAX_PROMPT },
	t: { kind: 'number', default: 0.7, min: 0, max: 2, step: 0.05 },
	p: { kind: 'number', default: 0.9, min: 0.05, max: 1, step: 0.05 },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** Tokens generated after each prompt. */
	len: { kind: 'int', default: 24, min: 1, max: 48 }
} as const satisfies Schema;
