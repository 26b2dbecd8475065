/**
 * The training text: short sentences in the guide's own words, written so that two pairs of
 * words are used alike (model / network, token / word: the same words come after each), and
 * the examples a next-word model learns from them.
 */
export const SENTENCES = [
	'the model predicts the next token',
	'the network predicts the next word',
	'each token has a vector',
	'each word has a vector',
	'the model learns from gradients',
	'the network learns from gradients'
] as const;

/** The pairs used alike, whose vectors should drift together. */
export const ALIKE_PAIRS = [
	['model', 'network'],
	['token', 'word']
] as const;

export interface Corpus {
	words: string[];
	index: Map<string, number>;
	examples: Example[];
}

/** Predict `target` from the mean of the `context` words' vectors (ids into the vocabulary). */
export interface Example {
	context: number[];
	target: number;
}

/**
 * The vocabulary in order of first use, and one example per word after the first of each
 * sentence: the up-to-`window` words before it as context, the word as target.
 */
export function buildCorpus(sentences: readonly string[], window: number): Corpus {
	const words: string[] = [];
	const index = new Map<string, number>();
	const examples: Example[] = [];
	for (const sentence of sentences) {
		const ids = sentence
			.split(/\s+/)
			.filter(Boolean)
			.map((w) => {
				if (!index.has(w)) {
					index.set(w, words.length);
					words.push(w);
				}
				return index.get(w)!;
			});
		for (let t = 1; t < ids.length; t++) {
			examples.push({ context: ids.slice(Math.max(0, t - window), t), target: ids[t] });
		}
	}
	return { words, index, examples };
}
