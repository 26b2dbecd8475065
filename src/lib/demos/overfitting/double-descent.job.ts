/**
 * The double-descent sweep as a job: test error of random-features regression at every width of
 * `sweepWidths(n)`, on the page's training set; partial curves are reported as it goes.
 */
import { defineJob } from '$lib/jobs';
import { testErrorByWidth } from '$lib/math/random-features';
import { trainingSet } from './data';
import { DRAWS, sweepWidths, TEST } from './double-descent';

export type SweepInput = { seed: number; n: number; noise: number };
export type SweepPoint = { p: number; error: number };

export const doubleDescentSweep = defineJob(function* (
	input: SweepInput,
	{ progress }: { progress: (p: { points: SweepPoint[]; done: number }) => void }
) {
	const train = trainingSet(input.seed, input.n, input.noise);
	const widths = sweepWidths(input.n);
	const points: SweepPoint[] = [];
	for (let i = 0; i < widths.length; i++) {
		const [error] = testErrorByWidth(train, TEST, [widths[i]], input.seed, DRAWS);
		points.push({ p: widths[i], error });
		if (i % 4 === 3) {
			progress({ points: points.slice(), done: (i + 1) / widths.length });
			yield;
		}
	}
	return points;
});
