/**
 * "Train from scratch": the checkpoint's recipe (same shape, batch and rate) from the seed in the
 * URL, logging each step's loss and, every EVAL_EVERY steps, accuracy on the test set.
 */
import { defineRun } from '$lib/jobs';
import { EVAL_EVERY } from './evaluation';
import { type Adam } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { testSet, type Example } from '$lib/engines/seq2seq/data';
import { initSeq2Seq, type ModelShape, type Seq2Seq } from '$lib/engines/seq2seq/model';
import {
	accuracyByLength,
	optimizerFor,
	overallAccuracy,
	TEST_SET,
	trainStep,
	TRAINING,
	type LengthAccuracy
} from '$lib/engines/seq2seq/train';

export type TrainingConfig = { seed: number; shape: ModelShape; steps: number };
export type TrainingLog = { loss: number; accuracy: number | null };
export type TrainingView = { step: number; byLength: LengthAccuracy[] };

type TrainingState = {
	config: TrainingConfig;
	model: Seq2Seq;
	optimizer: Adam;
	tests: Example[];
	t: number;
	byLength: LengthAccuracy[];
};

export const seq2seqTraining = defineRun({
	init: (config: TrainingConfig): TrainingState => {
		const model = initSeq2Seq(config.shape, createRng(config.seed));
		return {
			config,
			model,
			optimizer: optimizerFor(model, TRAINING.lr),
			tests: testSet(TEST_SET.seed, TEST_SET.perLanguage),
			t: 0,
			byLength: []
		};
	},
	step(state) {
		const { seed } = state.config;
		const loss = trainStep(state.model, state.optimizer, { seed, batch: TRAINING.batch }, state.t);
		state.t++;
		let accuracy: number | null = null;
		if (state.t % EVAL_EVERY === 0 || state.t >= state.config.steps) {
			state.byLength = accuracyByLength(state.model, state.tests);
			accuracy = overallAccuracy(state.byLength);
		}
		return { state, log: { loss, accuracy } };
	},
	view: (state): TrainingView => ({ step: state.t, byLength: state.byLength }),
	done: (state) => state.t >= state.config.steps
});
