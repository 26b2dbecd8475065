/**
 * /vanishing-gradients: training throughput of its run (the code the worker runs, stepped here in
 * Node's V8, as fast as it goes), and the cost of what the page recomputes on the main thread for
 * one input: the one-batch probe (build the stack, one forward and backward pass) and the RNN's
 * Jacobian norms. Prints a table and one `BENCH_JSON {...}` line.
 */
import { test } from 'vitest';
import { probeGradients } from '../../src/lib/math/deep-stack';
import {
	batchOf,
	stackOf,
	type StackSetting
} from '../../src/lib/demos/vanishing-gradients/network';
import { rnnPicture } from '../../src/lib/demos/vanishing-gradients/rnn';
import { training } from '../../src/lib/demos/vanishing-gradients/training.run';

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

/** The best of `rounds` timings of f, in ms. */
function bestMs(f: () => unknown, rounds = ROUNDS * 4): number {
	let best = Infinity;
	for (let r = 0; r < rounds; r++) {
		const t0 = performance.now();
		f();
		best = Math.min(best, performance.now() - t0);
	}
	return best;
}

const sigmoid20: StackSetting = {
	depth: 20,
	width: 16,
	act: 'sigmoid',
	init: 'xavier',
	res: false,
	norm: false,
	seed: 1
};

test('vanishing-gradients: training throughput, probe and RNN cost', () => {
	const run = { lr: 0.1, steps: 200 };
	const pair = stepsPerSecond(training, { ...sigmoid20, ...run, twin: true }, 50);
	const deep = stepsPerSecond(
		training,
		{ ...sigmoid20, depth: 50, res: true, norm: true, ...run, twin: false },
		30
	);
	const batch = batchOf(1);
	const probe = (s: StackSetting) => () => probeGradients(stackOf(s), batch.x, batch.labels);
	const probe16 = bestMs(probe({ ...sigmoid20, depth: 50 }));
	const probeWide = bestMs(probe({ ...sigmoid20, depth: 50, width: 24, res: true, norm: true }));
	const rnn = bestMs(() => rnnPicture(0.9, 100, 0.5, 1));
	console.log(
		[
			`/vanishing-gradients (CPU time, best of ${ROUNDS} rounds)`,
			`training, default (depth 20 sigmoid + its residual + layer-norm twin, batch 32): ${Math.round(pair)} steps/s`,
			`training, depth 50 residual + layer norm alone: ${Math.round(deep)} steps/s`,
			`one-batch probe, depth 50 × width 16: ${probe16.toFixed(2)} ms`,
			`one-batch probe, depth 50 × width 24 with residual + layer norm: ${probeWide.toFixed(2)} ms`,
			`RNN picture, T = 100, 16 units: ${rnn.toFixed(2)} ms`
		].join('\n')
	);
	console.log(
		`BENCH_JSON ${JSON.stringify({
			vanishingGradientsTrainStepsPerSecond: Math.round(pair),
			vanishingGradientsDeepTrainStepsPerSecond: Math.round(deep),
			vanishingGradientsProbeMs: +probe16.toFixed(2),
			vanishingGradientsProbeWideMs: +probeWide.toFixed(2),
			vanishingGradientsRnnMs: +rnn.toFixed(2)
		})}`
	);
});
