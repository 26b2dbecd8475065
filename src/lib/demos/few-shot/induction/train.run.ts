/**
 * The induction-head toy trained in a worker: one optimiser step per run step, and a view of one
 * fixed sample sequence (a prefix of T/2 random tokens said twice) read by the current weights:
 * every head's attention and the model's top guess for each next token.
 */
import {
	INDUCTION_SHAPE,
	InductionTrainer,
	inductionAttention,
	inductionLogits,
	initInduction,
	repeatSequence,
	type InductionWeights,
	type StepLog
} from '$lib/engines/induction';
import { noGrad } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { defineRun } from '$lib/jobs';

export type InductionConfig = { seed: number; steps: number };

export type InductionView = {
	step: number;
	/** The sample: T token ids, a prefix of `length` tokens and its repeat. */
	ids: number[];
	length: number;
	/** Per layer, the heads' weights [heads, T, T] row-major on the sample. */
	attention: Float64Array[];
	/** At each position, the model's most likely next token and its probability. */
	guesses: { id: number; p: number }[];
};

type InductionState = {
	config: InductionConfig;
	trainer: InductionTrainer;
	sample: { ids: number[]; length: number };
};

/** The sample sequence of a seed: its own draws, apart from the training data's. */
export function sampleSequence(seed: number) {
	const { vocabSize, context } = INDUCTION_SHAPE;
	const rng = createRng(seed ^ 0x2c1b3c6d);
	const { ids, length } = repeatSequence(rng, vocabSize, context, context / 2);
	return { ids: Array.from(ids), length };
}

function guesses(weights: InductionWeights, ids: number[]): InductionView['guesses'] {
	const v = weights.config.vocabSize;
	const logits = noGrad(() => inductionLogits(weights, ids)).data;
	return ids.map((_, i) => {
		let best = 0;
		for (let j = 1; j < v; j++) if (logits[i * v + j] > logits[i * v + best]) best = j;
		let total = 0;
		for (let j = 0; j < v; j++) total += Math.exp(logits[i * v + j] - logits[i * v + best]);
		return { id: best, p: 1 / total };
	});
}

export const inductionTraining = defineRun({
	init(config: InductionConfig): InductionState {
		const weights = initInduction(INDUCTION_SHAPE, config.seed);
		return {
			config,
			trainer: new InductionTrainer(weights, config.seed),
			sample: sampleSequence(config.seed)
		};
	},
	step(state): { state: InductionState; log: StepLog } {
		return { state, log: state.trainer.step() };
	},
	view: ({ trainer, sample }): InductionView => ({
		step: trainer.steps,
		...sample,
		attention: inductionAttention(trainer.weights, sample.ids),
		guesses: guesses(trainer.weights, sample.ids)
	}),
	done: (state) => state.trainer.steps >= state.config.steps
});
