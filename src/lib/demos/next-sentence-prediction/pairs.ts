import { createRng, randomInt } from '$lib/math/rng';

/** A sentence of one of the guide's answers. */
export interface AnswerSentence {
	text: string;
	question: number;
}

/** Sentence A, sentence B, and whether B really follows A (or, for order pairs, comes in order). */
export interface SentencePair {
	a: AnswerSentence;
	b: AnswerSentence;
	positive: boolean;
}

/** Each sentence with the one after it in the same answer. */
export function consecutivePairs(
	sentences: readonly AnswerSentence[]
): [AnswerSentence, AnswerSentence][] {
	const out: [AnswerSentence, AnswerSentence][] = [];
	for (let i = 0; i + 1 < sentences.length; i++) {
		if (sentences[i].question === sentences[i + 1].question)
			out.push([sentences[i], sentences[i + 1]]);
	}
	return out;
}

/**
 * BERT's next-sentence pairs (Devlin et al., 2019, §3.1, Task #2): for each sentence A that has a
 * successor, a seeded coin keeps the real next sentence (IsNext) half the time and otherwise takes
 * a random sentence (NotNext) — here from another answer, so it is never the real one.
 */
export function nextSentencePairs(
	sentences: readonly AnswerSentence[],
	seed: number
): SentencePair[] {
	const rng = createRng(seed);
	return consecutivePairs(sentences).map(([a, next]) => {
		if (rng() < 0.5) return { a, b: next, positive: true };
		const others = sentences.filter((s) => s.question !== a.question);
		return { a, b: others[randomInt(rng, others.length)], positive: false };
	});
}

/**
 * ALBERT's sentence-order pairs (Lan et al., 2020, §3.1): the same two consecutive sentences,
 * in order half the time (positive) and swapped otherwise (negative), by a seeded coin.
 */
export function sentenceOrderPairs(
	sentences: readonly AnswerSentence[],
	seed: number
): SentencePair[] {
	const rng = createRng(seed ^ 0x85ebca6b);
	return consecutivePairs(sentences).map(([first, second]) =>
		rng() < 0.5 ? { a: first, b: second, positive: true } : { a: second, b: first, positive: false }
	);
}
