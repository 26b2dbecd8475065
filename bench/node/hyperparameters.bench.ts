/**
 * /hyperparameters: training throughput of its two runs (the code the worker runs, stepped here in
 * Node's V8, as fast as it goes), and the cost of the 2-D paths recomputed on every drag of the
 * start point. Prints a table and one `BENCH_JSON {...}` line.
 */
import { test } from 'vitest';
import { surfaceOf } from '../../src/lib/math/loss-surfaces';
import { OPTIMIZER_NAMES, optimizerPath } from '../../src/lib/math/optimizers-2d';
import { RANGE_TEST } from '../../src/lib/demos/hyperparameters/params';
import { rangeTest } from '../../src/lib/demos/hyperparameters/range-test.run';
import { scheduledTraining } from '../../src/lib/demos/hyperparameters/schedule.run';

const ROUNDS = 5;

function stepsPerSecond<C, S>(
	run: { init(c: C): S; step(s: S): { state: S } },
	config: C,
	steps: number
): number {
	let best = Infinity;
	for (let r = 0; r < ROUNDS; r++) {
		let state = run.init(config);
		const t0 = performance.now();
		for (let k = 0; k < steps; k++) state = run.step(state).state;
		best = Math.min(best, performance.now() - t0);
	}
	return steps / (best / 1000);
}

test('hyperparameters: training throughput and 2-D path cost', () => {
	// Range test: no early stop inside the measured steps (lr stays below 0.01 for 100 steps).
	const range = stepsPerSecond(rangeTest, { seed: 1, ...RANGE_TEST }, 100);
	const schedule = stepsPerSecond(
		scheduledTraining,
		{ seed: 1, peak: 0.5, warmup: 30, decay: true, steps: 300 },
		100
	);
	const surface = surfaceOf('rosenbrock', 1);
	const settings = { lr: 0.001, momentum: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 };
	let pathsMs = Infinity;
	for (let r = 0; r < ROUNDS * 4; r++) {
		const t0 = performance.now();
		for (const name of OPTIMIZER_NAMES)
			optimizerPath(name, settings, surface, [-1.5, 2.5], 500, 0.1, 1);
		pathsMs = Math.min(pathsMs, performance.now() - t0);
	}
	console.log(
		[
			`/hyperparameters (CPU time, best of ${ROUNDS} rounds)`,
			`range test (MLP 2→16→16→2, batch 32): ${Math.round(range)} steps/s`,
			`schedule vs constant (two MLPs + full loss on 200 points): ${Math.round(schedule)} steps/s`,
			`5 optimiser paths × 500 steps on Rosenbrock: ${pathsMs.toFixed(2)} ms`
		].join('\n')
	);
	console.log(
		`BENCH_JSON ${JSON.stringify({
			hyperparametersRangeStepsPerSecond: Math.round(range),
			hyperparametersScheduleStepsPerSecond: Math.round(schedule),
			hyperparametersPathsMs: +pathsMs.toFixed(2)
		})}`
	);
});
