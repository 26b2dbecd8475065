import type { NgramModel } from '$lib/math/ngram';
import { trainNgramSteps } from '$lib/math/ngram';
import type { Steps } from '$lib/math/steps';
import type { MlmCorpus } from './corpus';

/** The model's order: a trigram reads two tokens on each side of a blank. */
export const ORDER = 3;
/** Answers are held out five ways: each sentence is filled by a model that never read its answer. */
export const FOLDS = 5;

/** The fold that holds out question q's answer. */
export const foldOf = (question: number) => (question - 1) % FOLDS;

/**
 * The n-gram model trained on the guide without the answers of fold `heldOut` (null: the whole
 * guide, for sentences the reader types), in steps.
 */
export function foldModelSteps(
	training: MlmCorpus['training'],
	heldOut: number | null
): Steps<NgramModel> {
	const kept = training.filter((s) => heldOut === null || foldOf(s.question) !== heldOut);
	return trainNgramSteps(
		kept.flatMap((s) => s.tokens),
		ORDER
	);
}
