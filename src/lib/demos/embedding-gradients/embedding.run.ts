/**
 * Training the small embedding model: stochastic gradient descent, one example per step, each
 * pass over the examples in a seeded order. Pure and seeded: a link replays the same run.
 */
import { defineRun } from '$lib/jobs';
import { buildCorpus, SENTENCES, type Example } from './corpus';
import { exampleAt, initWeights, meanLoss, sgdStep, type Weights } from './model';

export interface TrainConfig {
	seed: number;
	lr: number;
	window: number;
	steps: number;
}

interface TrainState {
	config: TrainConfig;
	examples: Example[];
	weights: Weights;
	t: number;
}

export const embeddingRun = defineRun({
	init(config: TrainConfig): TrainState {
		const { words, examples } = buildCorpus(SENTENCES, config.window);
		return { config, examples, weights: initWeights(words.length, config.seed), t: 0 };
	},
	step(s: TrainState) {
		const example = s.examples[exampleAt(s.examples.length, s.config.seed, s.t)];
		const weights = sgdStep(s.weights, example, s.config.lr);
		return { state: { ...s, weights, t: s.t + 1 }, log: meanLoss(weights, s.examples) };
	},
	view: (s: TrainState) => ({ weights: s.weights, t: s.t }),
	done: (s: TrainState) => s.t >= s.config.steps
});
