/**
 * Student test accuracy against the number of transfer points: for each size, RESAMPLES seeded
 * subsets of the teacher's training set, three students trained on each for the full run.
 */
import { defineJob } from '$lib/jobs';
import { RESAMPLES, STUDENT_STEPS, STUDENTS, SWEEP_SIZES } from './constants';
import { accuracyOf, logitsOf, testSet } from './model';
import { newTrio, stepTrio, teacherOf, type TrioSpec } from './students';

/** Per student (hard, soft, mix): the mean, lowest and highest accuracy at each size. */
export type Band = { mean: number[]; low: number[]; high: number[] };
export type SweepOutput = { sizes: number[]; bands: Band[] };
/** How far the sweep is: the share done and the bands of the sizes finished so far. */
export type SweepProgress = { done: number; partial: SweepOutput };

export const sweepJob = defineJob(function* (
	spec: Omit<TrioSpec, 'n'>,
	{ progress }: { progress(p: SweepProgress): void }
) {
	const teacher = teacherOf({ ...spec, n: 0 });
	const test = testSet(spec);
	const bands: Band[] = STUDENTS.map(() => ({ mean: [], low: [], high: [] }));
	const sizes: number[] = [];
	const total = SWEEP_SIZES.reduce((s, n) => s + n, 0) * RESAMPLES;
	let work = 0;
	for (const n of SWEEP_SIZES) {
		const scores: number[][] = STUDENTS.map(() => []);
		for (let r = 0; r < RESAMPLES; r++) {
			const trio = newTrio({ ...spec, n }, r, teacher);
			for (let t = 0; t < STUDENT_STEPS; t++) {
				stepTrio(trio, spec.temperature);
				if (t % 25 === 24) yield;
			}
			trio.students.forEach((s, i) =>
				scores[i].push(accuracyOf(logitsOf(s.mlp, test.x), test.labels, spec.classes))
			);
			work += n;
		}
		sizes.push(n);
		scores.forEach((xs, i) => {
			bands[i].mean.push(xs.reduce((a, b) => a + b, 0) / xs.length);
			bands[i].low.push(Math.min(...xs));
			bands[i].high.push(Math.max(...xs));
		});
		progress({ done: work / total, partial: { sizes: [...sizes], bands: structuredClone(bands) } });
	}
	return { sizes, bands } satisfies SweepOutput;
});
