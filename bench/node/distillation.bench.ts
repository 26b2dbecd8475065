/**
 * /distillation: training throughput of what its workers run (stepped here in Node's V8, as fast
 * as it goes): the teacher's full-batch steps, the three students' run (a step of each student
 * plus their test accuracy and KL), the view sent to the page (three 40 × 40 region maps), and
 * one size of the sweep. Prints a table and one `BENCH_JSON {...}` line.
 */
import { test } from 'vitest';
import { Adam } from '../../src/lib/math/autodiff';
import { runJobNow } from '../../src/lib/jobs';
import { STUDENT_STEPS } from '../../src/lib/demos/distillation/constants';
import { newTeacher, teacherStep, trainSet } from '../../src/lib/demos/distillation/model';
import { studentsRun } from '../../src/lib/demos/distillation/students.run';
import { newTrio, stepTrio } from '../../src/lib/demos/distillation/students';
import { teacherJob } from '../../src/lib/demos/distillation/teacher.job';

const ROUNDS = 5;
const spec = { seed: 1, classes: 5, spread: 0.45 };

function best(rounds: number, f: () => void): number {
	let ms = Infinity;
	for (let r = 0; r < rounds; r++) {
		const t0 = performance.now();
		f();
		ms = Math.min(ms, performance.now() - t0);
	}
	return ms;
}

test('distillation: training throughput', () => {
	const teacherMs = best(ROUNDS, () => {
		const data = trainSet(spec);
		const mlp = newTeacher(spec);
		const optimizer = new Adam(mlp.params, { lr: 0.02 });
		for (let t = 0; t < 50; t++) teacherStep(mlp, optimizer, data);
	});
	const teacher = runJobNow(teacherJob, spec);
	const config = { ...spec, n: 10, temperature: 4, alpha: 0.7, width: 8, teacher: teacher.weights };
	const runMs = best(ROUNDS, () => {
		let state = studentsRun.init(config);
		for (let t = 0; t < 100; t++) state = studentsRun.step(state).state;
	});
	const state = studentsRun.init(config);
	const viewMs = best(ROUNDS * 4, () => studentsRun.view(state));
	const sweepMs = best(2, () => {
		const trio = newTrio({ ...config, n: 160 }, 1);
		for (let t = 0; t < STUDENT_STEPS; t++) stepTrio(trio, 4);
	});
	const teacherRate = 50 / (teacherMs / 1000);
	const runRate = 100 / (runMs / 1000);
	console.log(
		[
			`/distillation (CPU time, best of ${ROUNDS} rounds)`,
			`teacher (2→32→32→5, 400 points, full batch): ${Math.round(teacherRate)} steps/s`,
			`students' run (3 × 2→8→5 on 10 points + accuracy and KL on 600 test points): ${Math.round(runRate)} steps/s`,
			`students' view (3 region maps, 40 × 40): ${viewMs.toFixed(2)} ms`,
			`sweep: one resample at 160 points, 3 students × ${STUDENT_STEPS} steps: ${sweepMs.toFixed(0)} ms`
		].join('\n')
	);
	console.log(
		`BENCH_JSON ${JSON.stringify({
			distillationTeacherStepsPerSecond: Math.round(teacherRate),
			distillationStudentsStepsPerSecond: Math.round(runRate),
			distillationViewMs: +viewMs.toFixed(2),
			distillationSweepResample160Ms: Math.round(sweepMs)
		})}`
	);
}, 300_000);
