import type { Schema } from '$lib/state/params';

export const WORD_MAX = 60;
/** The most merges our word-level BPE learns. */
export const MAX_MERGES = 2000;
/** More steps than any word takes: the default, "every merge that applies". */
export const MAX_STEPS = 100;

export const schema = {
	word: { kind: 'string', default: 'cryptocurrency', maxLength: WORD_MAX },
	/** What the vocabularies are built from: the guide in English or in Chinese. */
	corpus: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
	/** How many merges our BPE learns (fewer if no pair occurs twice any more). */
	merges: { kind: 'int', default: MAX_MERGES, min: 0, max: MAX_MERGES },
	/** How many of the word's merges have been applied, in the step-by-step view. */
	step: { kind: 'int', default: MAX_STEPS, min: 0, max: MAX_STEPS },
	/** Give the GPT tokenizers the word with a leading space, as in the middle of a sentence. */
	space: { kind: 'bool', default: false },
	r50k: { kind: 'bool', default: false },
	cl100k: { kind: 'bool', default: false },
	o200k: { kind: 'bool', default: false }
} as const satisfies Schema;
