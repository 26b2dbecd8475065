/**
 * Classifying a vector by its similarity to one prototype per class: the cosine similarity with
 * each prototype, and a softmax over those similarities at a temperature T,
 * p_c = exp(cos(v, p_c) / T) / Σ_j exp(cos(v, p_j) / T). Cosines lie in [−1, 1], so a small T is
 * needed to make the probabilities decisive. A missing prototype (a class with nothing to compare
 * with) gets similarity −∞ and probability 0.
 */
import { cosine } from './linalg';
import { softmax } from './softmax';

export interface SimilarityScores {
	/** cos(v, prototype) per class; −Infinity where the prototype is missing. */
	similarities: number[];
	/** softmax(similarities / T). */
	probabilities: number[];
	/** The class of highest similarity (the first one on a tie). */
	best: number;
}

/** The cosine of v with each prototype; −Infinity for a missing (undefined) prototype. */
export function cosineSimilarities(
	v: number[],
	prototypes: readonly (number[] | undefined)[]
): number[] {
	return prototypes.map((p) => (p === undefined ? -Infinity : cosine(v, p)));
}

/**
 * Similarities and the softmax over them at `temperature` (> 0). Undefined when no prototype is
 * there to compare with.
 */
export function similaritySoftmax(
	v: number[],
	prototypes: readonly (number[] | undefined)[],
	temperature: number
): SimilarityScores | undefined {
	const similarities = cosineSimilarities(v, prototypes);
	if (similarities.every((s) => s === -Infinity)) return undefined;
	const probabilities = softmax(similarities, temperature);
	return { similarities, probabilities, best: bestClass(similarities) };
}

/** The index of the highest similarity, the first one on a tie (−1 for an empty list). */
export function bestClass(similarities: readonly number[]): number {
	let best = similarities.length > 0 ? 0 : -1;
	for (let c = 1; c < similarities.length; c++) if (similarities[c] > similarities[best]) best = c;
	return best;
}
