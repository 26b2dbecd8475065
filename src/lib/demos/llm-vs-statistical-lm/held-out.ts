import { BOS, EOS, trainNgram, type NgramModel } from '$lib/math/ngram';
import { perplexityOf } from '$lib/math/information';

/**
 * Held-out evaluation of n-gram models: perplexity on answers the model never saw, the share of
 * their n-grams that training never saw, and how the count tables grow with n.
 */

/** Every k-th item (the k-th, 2k-th, …) is held out for testing; the rest is for training. */
export function holdOut<T>(items: readonly T[], every: number): { train: T[]; test: T[] } {
	const train: T[] = [];
	const test: T[] = [];
	items.forEach((item, i) => ((i + 1) % every === 0 ? test : train).push(item));
	return { train, test };
}

/** ln P of each token of the sentence and of its closing </s>, each given what came before. */
export function sentenceLogProbs(model: NgramModel, sentence: readonly string[]): number[] {
	return [...sentence, EOS].map((token, i) => model.logProb(sentence.slice(0, i), token));
}

/** exp(−mean ln P) over every token (and </s>) of the sentences. */
export function corpusPerplexity(model: NgramModel, sentences: readonly string[][]): number {
	return perplexityOf(sentences.flatMap((s) => sentenceLogProbs(model, s)));
}

/** The n-grams of a sentence as the model counts them: padded with n−1 <s> and a closing </s>. */
export function ngramsOf(sentence: readonly string[], n: number): string[] {
	const padded = [...new Array<string>(n - 1).fill(BOS), ...sentence, EOS];
	const out: string[] = [];
	for (let i = n - 1; i < padded.length; i++)
		out.push(padded.slice(i - n + 1, i + 1).join('\u0001'));
	return out;
}

/** Share of the test sentences' n-gram occurrences that never occur in the training sentences. */
export function unseenShare(
	train: readonly string[][],
	test: readonly string[][],
	n: number
): number {
	const seen = new Set(train.flatMap((s) => ngramsOf(s, n)));
	const grams = test.flatMap((s) => ngramsOf(s, n));
	return grams.length === 0 ? NaN : grams.filter((g) => !seen.has(g)).length / grams.length;
}

export interface OrderReport {
	n: number;
	model: NgramModel;
	trainPerplexity: number;
	testPerplexity: number;
	unseen: number;
	/** Distinct n-grams of the top order, and table entries over all orders 1..n. */
	topOrderGrams: number;
	tableEntries: number;
}

/** Trains one model per order on `train` and measures it on `test`. */
export function evaluateOrders(
	train: string[][],
	test: string[][],
	orders: readonly number[] = [1, 2, 3, 4, 5]
): OrderReport[] {
	return orders.map((n) => {
		const model = trainNgram(train, n);
		const counts = model.ngramCounts();
		return {
			n,
			model,
			trainPerplexity: corpusPerplexity(model, train),
			testPerplexity: corpusPerplexity(model, test),
			unseen: unseenShare(train, test, n),
			topOrderGrams: counts[n - 1],
			tableEntries: counts.reduce((a, b) => a + b, 0)
		};
	});
}

/**
 * The longest run of consecutive tokens of `tokens` that also occurs, in the same order, inside
 * one training sentence: how much of a generated text was copied word for word.
 */
export function longestCopiedRun(tokens: readonly string[], train: readonly string[][]): number {
	const SEP = '\u0001';
	const text = SEP + train.map((s) => s.join(SEP)).join(SEP + '\u0002' + SEP) + SEP;
	let best = 0;
	for (let i = 0; i < tokens.length; i++) {
		// Extend from i while the run still occurs; runs only grow from a run that occurs.
		let len = best + 1;
		while (
			i + len <= tokens.length &&
			text.includes(SEP + tokens.slice(i, i + len).join(SEP) + SEP)
		) {
			best = len;
			len++;
		}
	}
	return best;
}
