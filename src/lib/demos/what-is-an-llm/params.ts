import type { Schema } from '$lib/state/params';
import { SENTENCE_KEYS } from './sentences';

/** The in-tab run stops after this many steps. */
export const TRAIN_STEPS = 1000;

export const schema = {
	/** Seeds the fresh weights, the training batches and the samples. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** The model's shape (the reference: 2 layers, width 64, 4 heads, context 64). */
	layers: { kind: 'int', default: 2, min: 1, max: 4 },
	width: { kind: 'int', default: 64, min: 16, max: 128, step: 16 },
	heads: { kind: 'enum', default: '4', values: ['1', '2', '4', '8'] },
	context: { kind: 'enum', default: '64', values: ['16', '32', '64', '128'] },
	/** Whose attention is shown, and in which layer (clamped to the model's layers). */
	sentence: { kind: 'enum', default: 'question', values: SENTENCE_KEYS },
	layer: { kind: 'int', default: 1, min: 1, max: 4 },
	/** The trained checkpoint's prompt and sampling. */
	prompt: {
		kind: 'string',
		// As the model saw every answer begin (engines/gpt questionPrompt): question 49's own title.
		// The hash holds the English default; a Chinese page shows its own (prompts.ts).
		default: 'Question: What defines a Large Language Model (LLM)?\nAnswer: ',
		maxLength: 400
	},
	temperature: { kind: 'number', default: 0.8, min: 0, max: 2, step: 0.05 },
	topP: { kind: 'number', default: 0.9, min: 0.05, max: 1, step: 0.05 }
} as const satisfies Schema;
