/**
 * How a classifier did on labelled items: the confusion matrix M (M[i][j] = items of true class i
 * predicted as class j), the accuracy trace(M) / ΣM, and each class's recall M[i][i] / Σ_j M[i][j].
 */

/** Counts of (true class, predicted class) pairs; a prediction of −1 (no answer) counts nowhere. */
export function confusionMatrix(
	truth: readonly number[],
	predicted: readonly number[],
	nClasses: number
): number[][] {
	if (truth.length !== predicted.length) throw new Error('confusionMatrix: lengths differ');
	const m = Array.from({ length: nClasses }, () => new Array<number>(nClasses).fill(0));
	truth.forEach((t, i) => {
		if (predicted[i] >= 0) m[t][predicted[i]]++;
	});
	return m;
}

/** The share of counted items on the diagonal; NaN for an empty matrix. */
export function accuracy(matrix: readonly number[][]): number {
	let right = 0;
	let total = 0;
	matrix.forEach((row, i) =>
		row.forEach((n, j) => {
			total += n;
			if (i === j) right += n;
		})
	);
	return total === 0 ? NaN : right / total;
}

/** Each class's share of its items predicted right; NaN for a class with no item. */
export function recalls(matrix: readonly number[][]): number[] {
	return matrix.map((row, i) => {
		const total = row.reduce((a, b) => a + b, 0);
		return total === 0 ? NaN : row[i] / total;
	});
}
