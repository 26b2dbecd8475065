/**
 * Training the tiny GPT from scratch in the tab: one optimiser step per run step, on the guide's
 * text. Every SAMPLE_EVERY steps (and before the first) it also measures the held-out loss,
 * writes a sample after a fixed prompt, and reads what every head attends to in the attention
 * sentences, so the page can show gibberish turning into the guide's phrases.
 */
import { answerTexts } from '$lib/content/corpus';
import {
	GptTrainer,
	evaluateLoss,
	generate,
	gptAttention,
	initGpt,
	splitCorpus,
	tokenizeCorpus,
	type GptTokens,
	type GptWeights
} from '$lib/engines/gpt';
import { defineRun } from '$lib/jobs';
import {
	HELD_OUT_TOKENS,
	SAMPLE_EVERY,
	SAMPLE_PROMPT,
	SAMPLE_TOKENS,
	TOKENS_PER_STEP,
	shapeOf,
	type TrainConfig
} from './shape';
import { ATTENTION_SENTENCES, type SentenceKey } from './sentences';
import { textWithBytes, tokenLabel } from './token-label';

/** Samples a little cooler than the model itself, so they show what it learned more than its noise. */
const SAMPLE_SAMPLING = { temperature: 0.8, topP: 0.95 };
/** A faster rise to the full learning rate than the script's, for a short run in the tab. */
const TAB_TRAINING = { lr: 5e-3, warmup: 20 };

export type TrainLog = {
	loss: number;
	/** Taken every SAMPLE_EVERY steps only. */
	heldOut?: number;
	sample?: string;
};

export type SentenceAttention = {
	/** Each token as text (tokenLabel). */
	tokens: string[];
	/** Whether the context cut the sentence short. */
	truncated: boolean;
	/** Per layer, the weights [heads, T, T] row-major. */
	layers: Float64Array[];
};

export type TrainView = {
	step: number;
	/** The step the attention was read at. */
	readAt: number;
	/** The held-out loss before any training, and the sample then. */
	start: { heldOut: number; sample: string };
	attention: Record<SentenceKey, SentenceAttention>;
	/** Training tokens per second of the optimiser steps so far (a measurement, not a log). */
	tokensPerSecond?: number;
};

type TrainState = {
	config: TrainConfig;
	tokens: GptTokens;
	weights: GptWeights;
	trainer: GptTrainer;
	heldOut: Int32Array;
	start: TrainView['start'];
	readAt: number;
	attention: TrainView['attention'];
	/** Time spent in optimiser steps, ms: the page's speed, kept out of the logs. */
	trainingMs: number;
};

let tokensOnce: GptTokens | undefined;
/** The BPE takes about a second to learn and the corpus never changes: once per worker. */
const guideTokens = () =>
	(tokensOnce ??= tokenizeCorpus(splitCorpus({ en: answerTexts('en'), zh: answerTexts('zh') })));

function readAttention(tokens: GptTokens, weights: GptWeights): TrainView['attention'] {
	const read = (text: string): SentenceAttention => {
		const all = tokens.codec.encode(text);
		const ids = all.slice(0, weights.config.context);
		return {
			truncated: ids.length < all.length,
			tokens: ids.map((id) => tokenLabel(tokens.codec.bytesOf(id))),
			layers: gptAttention(weights, ids)
		};
	};
	const entries = Object.entries(ATTENTION_SENTENCES).map(([key, text]) => [key, read(text)]);
	return Object.fromEntries(entries) as TrainView['attention'];
}

function readings(
	state: Pick<TrainState, 'config' | 'tokens' | 'weights' | 'heldOut'>,
	step: number
) {
	const { tokens, weights, config } = state;
	return {
		heldOut: evaluateLoss(weights, state.heldOut),
		sample: textWithBytes(
			tokens.codec.decodeBytes(
				generate(weights, tokens.codec, SAMPLE_PROMPT, {
					maxTokens: SAMPLE_TOKENS,
					seed: config.seed + step,
					...SAMPLE_SAMPLING
				}).ids
			)
		),
		attention: readAttention(tokens, weights)
	};
}

export const gptTraining = defineRun({
	init(config: TrainConfig): TrainState {
		const tokens = guideTokens();
		// As setUpGpt does, with the tokens of an earlier run.
		const weights = initGpt({ ...shapeOf(config), vocabSize: tokens.codec.vocabSize }, config.seed);
		const perStep = config.tokensPerStep ?? TOKENS_PER_STEP;
		const sequence = Math.min(config.context, perStep);
		const trainer = new GptTrainer(weights, tokens.train, config.seed, {
			...TAB_TRAINING,
			sequence,
			batch: Math.max(1, Math.floor(perStep / sequence))
		});
		const heldOut = Int32Array.from(tokens.heldOut.slice(0, HELD_OUT_TOKENS + 1));
		const first = readings({ config, tokens, weights, heldOut }, 0);
		return {
			config,
			tokens,
			weights,
			trainer,
			heldOut,
			readAt: 0,
			trainingMs: 0,
			start: { heldOut: first.heldOut, sample: first.sample },
			attention: first.attention
		};
	},
	step(state): { state: TrainState; log: TrainLog } {
		const started = performance.now();
		const loss = state.trainer.step();
		state.trainingMs += performance.now() - started;
		const step = state.trainer.steps;
		if (step % SAMPLE_EVERY !== 0) return { state, log: { loss } };
		const { heldOut, sample, attention } = readings(state, step);
		return { state: { ...state, readAt: step, attention }, log: { loss, heldOut, sample } };
	},
	view: (state): TrainView => ({
		step: state.trainer.steps,
		readAt: state.readAt,
		start: state.start,
		attention: state.attention,
		tokensPerSecond:
			state.trainingMs > 0
				? (state.trainer.steps * state.trainer.tokensPerStep) / (state.trainingMs / 1000)
				: undefined
	}),
	done: (state) => state.trainer.steps >= state.config.steps
});
