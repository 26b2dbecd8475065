import { defineJob } from '$lib/jobs';
import { summarise } from './curve';
import { fitText, scoreText, textSizes, textSplit } from './text';

export type TextJobInput = {
	docs: string[][];
	labels: number[];
	/** The seed and size of the fit shown, whose logistic weights come back. */
	seed: number;
	m: number;
	/** Also the curve: every size over seeds 1…resamples. */
	resamples: number;
};

/**
 * The text preset's training off the page: logistic regression's gradient descent for the split
 * shown, and, when asked, the accuracy curve over sizes and seeds (hundreds of fits).
 */
export const textJob = defineJob(function* (input: TextJobInput) {
	const { docs, labels, seed, m, resamples } = input;
	const split = textSplit(labels, seed);
	const train = split.pools.flatMap((pool) => pool.slice(0, m));
	const shown = fitText(docs, labels, train);
	const largest = Math.min(...split.pools.map((p) => p.length));
	const sizes = resamples > 0 ? textSizes(largest) : [];
	const runs: { generative: number; discriminative: number }[][] = [];
	for (const size of sizes) {
		const row = [];
		for (let s = 1; s <= resamples; s++) {
			const other = textSplit(labels, s);
			const fit = fitText(
				docs,
				labels,
				other.pools.flatMap((pool) => pool.slice(0, size))
			);
			row.push(scoreText(fit, docs, labels, other.test));
		}
		runs.push(row);
		yield;
	}
	return {
		weights: shown.logistic.weights,
		bias: shown.logistic.bias,
		accuracy: scoreText(shown, docs, labels, split.test),
		curve: sizes.length ? summarise(sizes, runs) : undefined
	};
});
