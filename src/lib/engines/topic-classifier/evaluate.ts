import { accuracy, confusionMatrix } from '$lib/math/confusion';
import { dot, norm } from '$lib/math/linalg';

export interface Evaluation {
	/** Predicted class of each item (−1: no vector, or no prototype to compare with). */
	predicted: number[];
	matrix: number[][];
	accuracy: number;
}

/**
 * Each item's vector goes to the class of the most similar prototype by cosine (nearestCentroid's
 * rule, and the argmax of the similarity softmax at any temperature); the confusion matrix and
 * the accuracy over all items, those with no vector counted as wrong. The prototypes are scaled
 * to unit length once, so that ranking them for an item takes one dot product each: an item's
 * own length does not change which cosine is highest.
 */
export function evaluate(
	items: readonly { vector?: number[]; label: number }[],
	prototypes: readonly (number[] | undefined)[]
): Evaluation {
	const units = prototypes.map((p) => {
		if (!p) return undefined;
		const n = norm(p);
		return n === 0 ? p : p.map((x) => x / n);
	});
	const predicted = items.map(({ vector }) => {
		if (!vector) return -1;
		let best = -1;
		let top = -Infinity;
		units.forEach((u, c) => {
			if (!u) return;
			const s = dot(vector, u);
			if (s > top) [best, top] = [c, s];
		});
		return best;
	});
	const truth = items.map((item) => item.label);
	const matrix = confusionMatrix(truth, predicted, prototypes.length);
	const counted = matrix.flat().reduce((a, b) => a + b, 0);
	// Unanswered items stay out of the matrix but not out of the accuracy's denominator.
	const right = counted === 0 ? 0 : accuracy(matrix) * counted;
	return { predicted, matrix, accuracy: items.length === 0 ? NaN : right / items.length };
}
