/** The editable score vector of the softmax demo: its length limits, edits and shifts. */

export const MIN_SCORES = 3;
export const MAX_SCORES = 10;
/** The range a score may take (the URL codec clamps to it too). */
export const SCORE_RANGE: readonly [number, number] = [-1000, 1000];

/** Twelve significant digits: drops float noise such as 0.1 + 0.2 = 0.30000000000000004. */
export const tidy = (x: number) => Number(x.toPrecision(12));

/** A vector with at least MIN_SCORES entries: a shorter one (from a hand-edited link) gets zeros. */
export function fitScores(scores: readonly number[]): { scores: number[]; padded: boolean } {
	if (scores.length >= MIN_SCORES) return { scores: [...scores], padded: false };
	const padded = [...scores];
	while (padded.length < MIN_SCORES) padded.push(0);
	return { scores: padded, padded: true };
}

/**
 * Every score plus c, or null when a result would leave SCORE_RANGE: clamping one score would
 * change the probabilities, and the point of the shift is that it never does.
 */
export function shiftScores(scores: readonly number[], c: number): number[] | null {
	const [lo, hi] = SCORE_RANGE;
	const shifted = scores.map((x) => tidy(x + c));
	return shifted.every((x) => x >= lo && x <= hi) ? shifted : null;
}

/** A new score of 0 at the end, unless the vector is full. */
export function addScore(scores: readonly number[]): number[] {
	return scores.length >= MAX_SCORES ? [...scores] : [...scores, 0];
}

/** The vector without entry i, unless it is down to MIN_SCORES. */
export function removeScore(scores: readonly number[], i: number): number[] {
	return scores.length <= MIN_SCORES ? [...scores] : scores.filter((_, j) => j !== i);
}

/** The vector with entry i set to x, clamped to SCORE_RANGE. */
export function setScore(scores: readonly number[], i: number, x: number): number[] {
	const [lo, hi] = SCORE_RANGE;
	return scores.map((v, j) => (j === i ? Math.min(hi, Math.max(lo, tidy(x))) : v));
}

/**
 * The step a drag moves in, for bars spanning `span` score units: about a hundredth of the span,
 * rounded down to a power of ten (0.01 for small scores, 10 around ±1000).
 */
export function dragStep(span: number): number {
	return 10 ** Math.floor(Math.log10(Math.max(span, 1e-9) / 100));
}

export const sameScores = (a: readonly number[], b: readonly number[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);
