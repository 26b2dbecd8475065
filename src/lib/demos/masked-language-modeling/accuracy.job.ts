import { defineJob } from '$lib/jobs';
import { chooseMaskedPositions, corrupt } from '$lib/math/mlm-masking';
import type { NgramModel } from '$lib/math/ngram';
import { bestFills } from '$lib/math/ngram-infill';
import type { MlmCorpus } from './corpus';
import { blankedInput } from './fill';
import { FOLDS, foldModelSteps, foldOf } from './folds';

export interface AccuracyInput {
	corpus: MlmCorpus;
	rates: number[];
	seed: number;
}

export interface AccuracyPoint {
	rate: number;
	/** How many blanks were filled, and the share whose first guess was the true token. */
	blanks: number;
	both: number;
	left: number;
}

/** How far the sweep is (0 to 1), and the rates it has finished. */
export interface AccuracyProgress {
	done: number;
	points: AccuracyPoint[];
}

/** The seed of sentence s at the r-th rate: one stream per (seed, rate, sentence). */
export const sweepSeed = (seed: number, r: number, s: number) =>
	(Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) + Math.imul(r + 1, 0x165667b1) + s * 0x3c6ef372) >>> 0;

/**
 * Fill-in accuracy over all the guide's sentences at each mask rate: every sentence's blanks are
 * chosen and corrupted as BERT's are, then filled by the model of its fold (one that never read
 * its answer), from both sides and from the left alone; a blank counts when the first guess is
 * the true token.
 */
export const accuracySweep = defineJob<AccuracyInput, AccuracyPoint[], AccuracyProgress>(function* (
	{ corpus, rates, seed },
	{ progress }
) {
	const models: NgramModel[] = [];
	for (let f = 0; f < FOLDS; f++) models.push(yield* foldModelSteps(corpus.training, f));
	const total = rates.length * corpus.sentences.length;
	const points: AccuracyPoint[] = [];
	for (const [r, rate] of rates.entries()) {
		let blanks = 0;
		let both = 0;
		let left = 0;
		for (const [s, sentence] of corpus.sentences.entries()) {
			const { tokens } = sentence;
			const chosen = chooseMaskedPositions(tokens.length, sweepSeed(seed, r, s), rate);
			const corruptions = corrupt(tokens, chosen, sweepSeed(seed, r, s), corpus.vocabulary);
			const model = models[foldOf(sentence.question)];
			const input = blankedInput(tokens, corruptions);
			for (const i of chosen) {
				const best = bestFills(model, input, i);
				blanks++;
				if (model.vocab[best.both] === tokens[i]) both++;
				if (model.vocab[best.left] === tokens[i]) left++;
			}
			progress({ done: (r * corpus.sentences.length + s + 1) / total, points: points.slice() });
			yield;
		}
		points.push({ rate, blanks, both: both / blanks, left: left / blanks });
	}
	return points;
});
