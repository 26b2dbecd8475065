/** The in-tab run's shape and settings, apart from the run so that the page can read them cheaply. */
import { GPT_MERGES, parameterCount } from '$lib/engines/gpt/config';

export type TrainConfig = {
	seed: number;
	layers: number;
	width: number;
	heads: number;
	context: number;
	/** The run ends after this many steps. */
	steps: number;
	/** Tokens per optimiser step; TOKENS_PER_STEP unless set (the bench sets the reference batch). */
	tokensPerStep?: number;
};

/** How often (in steps) the held-out loss, a sample and the attention are taken. */
export const SAMPLE_EVERY = 20;
/**
 * Tokens per step, whatever the context: few, so that a step is short and the first words come
 * within a minute on a slow machine (measured: see the page's note on speed).
 */
export const TOKENS_PER_STEP = 128;
/** The held-out loss in the tab is taken on its first tokens only, to keep a step short. */
export const HELD_OUT_TOKENS = 512;
export const SAMPLE_PROMPT = 'Question: What';
export const SAMPLE_TOKENS = 32;
/** A GptConfig of the run's shape (the schema's names are the page's). */
export const shapeOf = (config: Pick<TrainConfig, 'context' | 'layers' | 'width' | 'heads'>) => ({
	context: config.context,
	layers: config.layers,
	dModel: config.width,
	heads: config.heads
});

/** The shape's parameter count with the guide's vocabulary (256 bytes + GPT_MERGES merges). */
export const trainParameters = (config: Parameters<typeof shapeOf>[0]) =>
	parameterCount({ ...shapeOf(config), vocabSize: 256 + GPT_MERGES });
