import type { Lang } from '$lib/i18n/strings';
import type { NgramModel } from '$lib/math/ngram';
import { inChunks } from '$lib/scheduling/in-chunks';
import { mlmCorpus } from './corpus';
import { foldModelSteps } from './folds';

const cache = new Map<string, Promise<NgramModel>>();

/**
 * The page's model for one fold (null: the whole guide), trained once, on the page in short
 * chunks: the model fills the blanks here at once as the reader moves a control, and a model
 * (a closure over its tables) cannot come back from a worker.
 */
export function foldModel(lang: Lang, heldOut: number | null): Promise<NgramModel> {
	const key = `${lang}:${heldOut}`;
	let model = cache.get(key);
	if (!model) {
		model = mlmCorpus(lang).then((corpus) => inChunks(foldModelSteps(corpus.training, heldOut)));
		cache.set(key, model);
	}
	return model;
}
