import { presetIds } from '$lib/engines/next-token';
import type { Schema } from '$lib/state/params';
import { modes } from './pipeline';

export const MAX_SAMPLES = 100_000;

/** The largest k the slider offers on the big vocabularies (the examples have 12 tokens). */
export const MAX_K = 200;

export const schema = {
	/**
	 * A hand-made example, the n-gram language model trained on the guide, a GPT-2-sized
	 * vocabulary, or the tiny GPT trained on the guide.
	 */
	source: { kind: 'enum', default: 'example', values: ['example', 'model', 'vocab', 'gpt'] },
	example: { kind: 'enum', default: 'cat', values: presetIds },
	corpus: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
	prompt: { kind: 'string', default: 'The attention', maxLength: 500 },
	/** Which filters run: top-k, top-p, both, min-p, or all three. */
	mode: { kind: 'enum', default: 'both', values: modes },
	t: { kind: 'number', default: 1, min: 0, max: 3 },
	k: { kind: 'int', default: 5, min: 1, max: MAX_K },
	p: { kind: 'number', default: 0.9, min: 0, max: 1 },
	minp: { kind: 'number', default: 0.1, min: 0, max: 1 },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** How many tokens have been drawn for the histogram. */
	n: { kind: 'int', default: 0, min: 0, max: MAX_SAMPLES }
} as const satisfies Schema;
