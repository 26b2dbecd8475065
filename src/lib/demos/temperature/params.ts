import { presetIds } from '$lib/engines/next-token';
import type { Schema } from '$lib/state/params';

export const MAX_SAMPLES = 100_000;
export const MAX_GENERATED = 40;

export const schema = {
	/**
	 * A hand-made example, the n-gram language model trained on the guide, a GPT-2-sized
	 * vocabulary, or the tiny GPT trained on the guide.
	 */
	source: { kind: 'enum', default: 'example', values: ['example', 'model', 'vocab', 'gpt'] },
	example: { kind: 'enum', default: 'cat', values: presetIds },
	/** Edited logits of the example; empty means the example's own. */
	logits: { kind: 'numbers', default: [], min: -20, max: 20, maxLength: 12 },
	corpus: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
	prompt: { kind: 'string', default: 'The attention', maxLength: 500 },
	t: { kind: 'number', default: 1, min: 0, max: 3 },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** How many tokens have been sampled for the histogram. */
	n: { kind: 'int', default: 0, min: 0, max: MAX_SAMPLES },
	/** How many tokens "Generate" has appended to the prompt. */
	gen: { kind: 'int', default: 0, min: 0, max: MAX_GENERATED }
} as const satisfies Schema;
