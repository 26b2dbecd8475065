/**
 * /catastrophic-forgetting: training throughput of its run (the code the worker runs, stepped
 * here in Node's V8, as fast as it goes) with each mitigation, the one-off cost of EWC's Fisher
 * diagonal at the switch, and the cost of a view (the decision regions on the grid). Prints a
 * table and one `BENCH_JSON {...}` line.
 */
import { test } from 'vitest';
import {
	forgetting,
	STEPS_A,
	type ForgettingConfig
} from '../../src/lib/demos/catastrophic-forgetting/forgetting.run';

const ROUNDS = 3;
const STEPS = 100;

/** Steps per second over STEPS steps from `from` (the state there is prepared outside the clock). */
function stepsPerSecond(config: ForgettingConfig, from: number): number {
	let best = Infinity;
	for (let r = 0; r < ROUNDS; r++) {
		let state = forgetting.init(config);
		for (let k = 0; k < from; k++) state = forgetting.step(state).state;
		const t0 = performance.now();
		for (let k = 0; k < STEPS; k++) state = forgetting.step(state).state;
		best = Math.min(best, performance.now() - t0);
	}
	return STEPS / (best / 1000);
}

/** Milliseconds of the one step at the switch (Fisher diagonal over task A, then a step). */
function switchMs(config: ForgettingConfig): number {
	let best = Infinity;
	for (let r = 0; r < ROUNDS; r++) {
		let state = forgetting.init(config);
		for (let k = 0; k < STEPS_A; k++) state = forgetting.step(state).state;
		const t0 = performance.now();
		forgetting.step(state);
		best = Math.min(best, performance.now() - t0);
	}
	return best;
}

test('catastrophic-forgetting: training throughput, the Fisher diagonal, a view', () => {
	const plain = { seed: 1, share: 0, lambda: 0, rank: 0 };
	const taskA = stepsPerSecond(plain, 0);
	const taskB = stepsPerSecond(plain, STEPS_A + 1);
	const rehearsal = stepsPerSecond({ ...plain, share: 0.25 }, STEPS_A + 1);
	const ewc = stepsPerSecond({ ...plain, lambda: 1024 }, STEPS_A + 1);
	const adapter = stepsPerSecond({ ...plain, rank: 4 }, STEPS_A + 1);
	const fisherMs = switchMs({ ...plain, lambda: 1024 });
	let state = forgetting.init({ ...plain, rank: 4 });
	for (let k = 0; k <= STEPS_A; k++) state = forgetting.step(state).state;
	let viewMs = Infinity;
	for (let r = 0; r < ROUNDS * 4; r++) {
		const t0 = performance.now();
		forgetting.view(state);
		viewMs = Math.min(viewMs, performance.now() - t0);
	}
	console.log(
		[
			`/catastrophic-forgetting (CPU time, best of ${ROUNDS} rounds of ${STEPS} steps; each step also measures both tasks' test accuracy)`,
			`task A: ${Math.round(taskA)} steps/s`,
			`task B, no mitigation: ${Math.round(taskB)} steps/s`,
			`task B, rehearsal 25 %: ${Math.round(rehearsal)} steps/s`,
			`task B, EWC: ${Math.round(ewc)} steps/s`,
			`task B, frozen body + rank-4 adapter: ${Math.round(adapter)} steps/s`,
			`the switch step with EWC's Fisher diagonal over task A: ${fisherMs.toFixed(1)} ms`,
			`a view with the adapter (two 40 × 20 region grids): ${viewMs.toFixed(2)} ms`
		].join('\n')
	);
	console.log(
		`BENCH_JSON ${JSON.stringify({
			forgettingTaskAStepsPerSecond: Math.round(taskA),
			forgettingTaskBStepsPerSecond: Math.round(taskB),
			forgettingRehearsalStepsPerSecond: Math.round(rehearsal),
			forgettingEwcStepsPerSecond: Math.round(ewc),
			forgettingAdapterStepsPerSecond: Math.round(adapter),
			forgettingFisherMs: +fisherMs.toFixed(1),
			forgettingViewMs: +viewMs.toFixed(2)
		})}`
	);
});
