/**
 * How well a score separates two classes, whatever threshold one picks: the ROC curve (true
 * positive rate against false positive rate as the threshold falls), the area under it, and the
 * confusion counts at one threshold. A pair is called positive when its score ≥ the threshold.
 */

export interface RocPoint {
	/** Scores at or above this are called positive (+∞: none is). */
	threshold: number;
	/** False positive rate: negatives called positive, of all negatives. */
	fpr: number;
	/** True positive rate: positives called positive, of all positives. */
	tpr: number;
}

function classSizes(labels: readonly boolean[]): { pos: number; neg: number } {
	const pos = labels.filter(Boolean).length;
	return { pos, neg: labels.length - pos };
}

/**
 * The ROC curve from (0, 0) to (1, 1): one point per distinct score, highest first. Tied scores
 * cross the threshold together, so a tie between the classes is one diagonal step. Rates are NaN
 * for a class with no member.
 */
export function rocCurve(scores: readonly number[], labels: readonly boolean[]): RocPoint[] {
	if (scores.length !== labels.length) throw new Error('rocCurve: one label per score');
	const { pos, neg } = classSizes(labels);
	const order = scores.map((_, i) => i).sort((i, j) => scores[j] - scores[i]);
	const points: RocPoint[] = [{ threshold: Infinity, fpr: 0 / neg, tpr: 0 / pos }];
	let tp = 0;
	let fp = 0;
	for (let k = 0; k < order.length; k++) {
		if (labels[order[k]]) tp++;
		else fp++;
		const next = order[k + 1];
		if (next !== undefined && scores[next] === scores[order[k]]) continue;
		points.push({ threshold: scores[order[k]], fpr: fp / neg, tpr: tp / pos });
	}
	return points;
}

/**
 * The area under the ROC curve, by trapezoids: the probability that a random positive scores
 * above a random negative, ties counting half (the Mann–Whitney U statistic over pos · neg).
 * 0.5 is chance; NaN when a class is empty.
 */
export function auc(scores: readonly number[], labels: readonly boolean[]): number {
	const curve = rocCurve(scores, labels);
	let area = 0;
	for (let k = 1; k < curve.length; k++) {
		area += ((curve[k].fpr - curve[k - 1].fpr) * (curve[k].tpr + curve[k - 1].tpr)) / 2;
	}
	return area;
}

export interface Confusion {
	tp: number;
	fp: number;
	tn: number;
	fn: number;
	/** (tp + tn) / all; NaN with no example. */
	accuracy: number;
}

/** The counts when every score ≥ threshold is called positive. */
export function confusionAt(
	scores: readonly number[],
	labels: readonly boolean[],
	threshold: number
): Confusion {
	let tp = 0;
	let fp = 0;
	let tn = 0;
	let fn = 0;
	scores.forEach((score, i) => {
		const called = score >= threshold;
		if (labels[i]) {
			if (called) tp++;
			else fn++;
		} else if (called) fp++;
		else tn++;
	});
	return { tp, fp, tn, fn, accuracy: (tp + tn) / scores.length };
}
