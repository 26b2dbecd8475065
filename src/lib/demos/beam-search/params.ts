import type { Schema } from '$lib/state/params';
import { TOY_WEIGHTS } from './toy-model';

export const MAX_WIDTH = 10;
export const MAX_STEPS = 20;

export const schema = {
	/** The hand-written toy tree, the n-gram model trained on the guide, or the tiny GPT trained on it. */
	mode: { kind: 'enum', default: 'toy', values: ['toy', 'model', 'gpt'] },
	corpus: { kind: 'enum', default: 'en', values: ['en', 'zh'] },
	prompt: { kind: 'string', default: 'Beam search', maxLength: 500 },
	width: { kind: 'int', default: 2, min: 1, max: MAX_WIDTH },
	steps: { kind: 'int', default: 8, min: 1, max: MAX_STEPS },
	/** Length penalty α in score = log P / length^α. */
	alpha: { kind: 'number', default: 0, min: 0, max: 2, step: 0.1 },
	eos: { kind: 'bool', default: true },
	/** Edited toy weights (percent, one per toy node); empty means the preset's. */
	toy: { kind: 'numbers', default: [], min: 0, max: 100, maxLength: TOY_WEIGHTS.length },
	/** How many search steps are shown; the search itself always runs to the end. */
	step: { kind: 'int', default: MAX_STEPS, min: 0, max: MAX_STEPS }
} as const satisfies Schema;
