/**
 * The text preset: answers of two topics told apart by bag-of-words naive Bayes (generative: how
 * each topic writes) and logistic regression (discriminative: which words point to which topic).
 */
import { fitNaiveBayes, naiveBayesPosterior, type NaiveBayesModel } from '$lib/math/naive-bayes';
import {
	logisticLogit,
	trainLogisticGD,
	type LogisticModel,
	type SparseRow
} from '$lib/math/logistic-regression';
import { createRng } from '$lib/math/rng';
import { segmentText } from '$lib/math/word-segment';

/** Lowercased words of a sentence (Unicode segmentation: Chinese splits into words too). */
export const bagOfWords = (text: string): string[] =>
	segmentText(text.toLowerCase())
		.filter((s) => s.word)
		.map((s) => s.text);

/** Share of each topic's sentences that may be training examples; the rest are the test set. */
export const POOL_SHARE = 0.6;

/**
 * A seeded split of each class's documents: a shuffled pool of training candidates (the first m
 * are the training set for m per class) and a test set that does not depend on m.
 */
export function textSplit(
	labels: readonly number[],
	seed: number
): { pools: number[][]; test: number[] } {
	const rng = createRng(seed);
	const pools: number[][] = [];
	const test: number[] = [];
	for (const c of [0, 1]) {
		const own = labels.flatMap((l, i) => (l === c ? [i] : []));
		for (let i = own.length - 1; i > 0; i--) {
			const j = Math.floor(rng() * (i + 1));
			[own[i], own[j]] = [own[j], own[i]];
		}
		const cut = Math.floor(POOL_SHARE * own.length);
		pools.push(own.slice(0, cut));
		test.push(...own.slice(cut));
	}
	return { pools, test };
}

/** Logistic regression's training: full-batch gradient descent on unit-length word-presence rows. */
export const TEXT_GD = { steps: 300, rate: 2, l2: 0.01 };

export interface TextFit {
	vocabulary: string[];
	naiveBayes: NaiveBayesModel;
	logistic: LogisticModel;
}

/** Word presence (each word once), scaled to unit length; unknown words are left out. */
function rowOf(words: readonly string[], index: Map<string, number>): SparseRow {
	const indices = [...new Set(words.flatMap((w) => (index.has(w) ? [index.get(w)!] : [])))];
	const value = indices.length ? 1 / Math.sqrt(indices.length) : 0;
	return { indices, values: indices.map(() => value) };
}

/** Both models fitted on the documents `train` (indices into docs). */
export function fitText(
	docs: readonly string[][],
	labels: readonly number[],
	train: readonly number[]
): TextFit {
	const naiveBayes = fitNaiveBayes(
		train.map((i) => docs[i]),
		train.map((i) => labels[i]),
		2
	);
	const index = new Map(naiveBayes.vocabulary.map((w, k) => [w, k]));
	const { model } = trainLogisticGD(
		train.map((i) => rowOf(docs[i], index)),
		train.map((i) => labels[i]),
		naiveBayes.vocabulary.length,
		TEXT_GD
	);
	return { vocabulary: naiveBayes.vocabulary, naiveBayes, logistic: model };
}

/** Accuracy of both on the documents `test`. */
export function scoreText(
	fit: TextFit,
	docs: readonly string[][],
	labels: readonly number[],
	test: readonly number[]
): { generative: number; discriminative: number } {
	const index = new Map(fit.vocabulary.map((w, k) => [w, k]));
	let gen = 0;
	let disc = 0;
	for (const i of test) {
		if ((naiveBayesPosterior(fit.naiveBayes, docs[i])[1] > 0.5 ? 1 : 0) === labels[i]) gen++;
		if ((logisticLogit(fit.logistic, rowOf(docs[i], index)) > 0 ? 1 : 0) === labels[i]) disc++;
	}
	return { generative: gen / test.length, discriminative: disc / test.length };
}

/** Training sentences per topic on the text curve (those the pools allow). */
export const TEXT_SIZES = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32];

/** Sizes a split allows: up to the smaller pool. */
export const textSizes = (largest: number) => TEXT_SIZES.filter((m) => m <= largest);
