/**
 * Multinomial naive Bayes over bags of words, the generative text classifier: it models how a
 * class writes, p(y) and p(word | y), taking the words of a text as independent draws given its
 * class, and classifies by Bayes' rule. Add-α (Laplace) smoothing gives every vocabulary word a
 * little probability in every class:
 *   p(w | c) = (count(w, c) + α) / (Σ_w' count(w', c) + α |V|).
 */

export interface NaiveBayesModel {
	/** The words seen in training, in order of first appearance. */
	vocabulary: string[];
	/** log p(y = c). */
	logPrior: number[];
	/** log p(w | c) for each vocabulary word (by its index) and class. */
	logLikelihood: number[][];
}

/**
 * Fits on tokenised documents (`docs[i]` the words of document i, `labels[i]` its class in
 * 0…classes − 1). Priors are the class frequencies. A class with no document throws.
 */
export function fitNaiveBayes(
	docs: readonly (readonly string[])[],
	labels: readonly number[],
	classes: number,
	alpha = 1
): NaiveBayesModel {
	if (docs.length !== labels.length)
		throw new Error(`fitNaiveBayes: ${docs.length} documents, ${labels.length} labels`);
	if (!(alpha > 0)) throw new Error(`fitNaiveBayes: alpha must be > 0, got ${alpha}`);
	const index = new Map<string, number>();
	const vocabulary: string[] = [];
	const counts: number[][] = [];
	const totals = new Array<number>(classes).fill(0);
	const docCounts = new Array<number>(classes).fill(0);
	docs.forEach((words, i) => {
		const c = labels[i];
		docCounts[c]++;
		for (const w of words) {
			let k = index.get(w);
			if (k === undefined) {
				k = vocabulary.length;
				index.set(w, k);
				vocabulary.push(w);
				counts.push(new Array<number>(classes).fill(0));
			}
			counts[k][c]++;
			totals[c]++;
		}
	});
	docCounts.forEach((n, c) => {
		if (n === 0) throw new Error(`fitNaiveBayes: class ${c} has no document`);
	});
	const v = vocabulary.length;
	return {
		vocabulary,
		logPrior: docCounts.map((n) => Math.log(n / docs.length)),
		logLikelihood: counts.map((row) =>
			row.map((n, c) => Math.log((n + alpha) / (totals[c] + alpha * v)))
		)
	};
}

/** Index of each vocabulary word, built once per model. */
const indexes = new WeakMap<NaiveBayesModel, Map<string, number>>();
function indexOf(model: NaiveBayesModel): Map<string, number> {
	let index = indexes.get(model);
	if (!index) {
		index = new Map(model.vocabulary.map((w, k) => [w, k]));
		indexes.set(model, index);
	}
	return index;
}

/**
 * p(y | words) for every class: log p(y) + Σ log p(w | y) over the words (repeats count), then
 * normalised. Words outside the training vocabulary are skipped: the model has nothing on them.
 */
export function naiveBayesPosterior(model: NaiveBayesModel, words: readonly string[]): number[] {
	const index = indexOf(model);
	const logs = [...model.logPrior];
	for (const w of words) {
		const k = index.get(w);
		if (k === undefined) continue;
		for (let c = 0; c < logs.length; c++) logs[c] += model.logLikelihood[k][c];
	}
	const top = Math.max(...logs);
	const weights = logs.map((l) => Math.exp(l - top));
	const total = weights.reduce((s, x) => s + x, 0);
	return weights.map((x) => x / total);
}

/**
 * What one occurrence of each vocabulary word adds to the log-odds of class 1 against class 0:
 * log p(w | 1) − log p(w | 0) (two classes).
 */
export function naiveBayesWordWeights(model: NaiveBayesModel): number[] {
	return model.logLikelihood.map((row) => row[1] - row[0]);
}
