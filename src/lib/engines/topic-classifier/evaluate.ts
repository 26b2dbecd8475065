import { accuracy, confusionMatrix } from '$lib/math/confusion';
import { nearestCentroid } from '$lib/math/nearest-centroid';

export interface Evaluation {
	/** Predicted class of each item (−1: no vector, or no prototype to compare with). */
	predicted: number[];
	matrix: number[][];
	accuracy: number;
}

/**
 * Each item's vector goes to the class of the most similar prototype (by cosine: the argmax of
 * the similarity softmax, whatever its temperature); the confusion matrix and accuracy over items
 * whose label is one of the classes. Items with no vector count as wrong.
 */
export function evaluate(
	items: readonly { vector?: number[]; label: number }[],
	prototypes: readonly (number[] | undefined)[]
): Evaluation {
	const predicted = items.map((item) =>
		item.vector ? nearestCentroid(item.vector, prototypes) : -1
	);
	const truth = items.map((item) => item.label);
	const matrix = confusionMatrix(truth, predicted, prototypes.length);
	const counted = matrix.flat().reduce((a, b) => a + b, 0);
	// Unanswered items stay out of the matrix but not out of the accuracy's denominator.
	const right = counted === 0 ? 0 : accuracy(matrix) * counted;
	return { predicted, matrix, accuracy: items.length === 0 ? NaN : right / items.length };
}
