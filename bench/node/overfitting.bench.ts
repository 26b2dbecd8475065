/**
 * /overfitting: training throughput of the MLP run (the code the worker runs, stepped here in
 * Node's V8, as fast as it goes), the double-descent sweep's time, and the page's work per input
 * (the polynomial section's fits). Prints a table and one `BENCH_JSON {...}` line.
 */
import { test } from 'vitest';
import { runJobNow } from '../../src/lib/jobs';
import { trainingSet, validationSet } from '../../src/lib/demos/overfitting/data';
import { doubleDescentSweep } from '../../src/lib/demos/overfitting/double-descent.job';
import { TEST } from '../../src/lib/demos/overfitting/double-descent';
import {
	fitRandomFeatures,
	randomFeatures,
	randomFeaturesValue
} from '../../src/lib/math/random-features';
import { mlpTraining, type MlpConfig } from '../../src/lib/demos/overfitting/mlp.run';
import { MAX_DEGREE, RESAMPLES } from '../../src/lib/demos/overfitting/params';
import {
	errorsByDegree,
	polynomialFit,
	resampledFits
} from '../../src/lib/demos/overfitting/polynomial';

const ROUNDS = 5;

function stepsPerSecond(config: MlpConfig, steps: number): number {
	let best = Infinity;
	for (let r = 0; r < ROUNDS; r++) {
		let state = mlpTraining.init(config);
		const t0 = performance.now();
		for (let k = 0; k < steps; k++) state = mlpTraining.step(state).state;
		best = Math.min(best, performance.now() - t0);
	}
	return steps / (best / 1000);
}

function bestMs(work: () => void, rounds = ROUNDS): number {
	let best = Infinity;
	for (let r = 0; r < rounds; r++) {
		const t0 = performance.now();
		work();
		best = Math.min(best, performance.now() - t0);
	}
	return best;
}

test('overfitting: MLP throughput, sweep time and per-input work', () => {
	const config: MlpConfig = {
		seed: 1,
		n: 15,
		noise: 0.3,
		decay: 0,
		dropout: 0,
		early: false,
		epochs: 5000
	};
	const plain = stepsPerSecond(config, 300);
	const dropout = stepsPerSecond({ ...config, n: 40, dropout: 0.2 }, 300);
	const sweepMs = bestMs(() => runJobNow(doubleDescentSweep, { seed: 1, n: 40, noise: 0.3 }), 1);
	const inputMs = bestMs(() => {
		const train = trainingSet(1, 40, 0.3);
		const val = validationSet(1, 0.3);
		polynomialFit(train, val, MAX_DEGREE, 0);
		resampledFits(1, 40, 0.3, MAX_DEGREE, 0, RESAMPLES);
		errorsByDegree(train, val, 0, MAX_DEGREE);
	}, ROUNDS * 4);
	const features = randomFeatures(400, 1);
	const featuresMs = bestMs(() => {
		const train = trainingSet(1, 40, 0.3);
		const weights = fitRandomFeatures(features, train.xs, train.ys);
		TEST.xs.forEach((x) => randomFeaturesValue(features, weights, x));
	}, ROUNDS * 4);
	console.log(
		[
			`/overfitting (CPU time, best of ${ROUNDS} rounds)`,
			`MLP 1→32→32→1, n = 15, full batch + train/val loss: ${Math.round(plain)} epochs/s`,
			`same, n = 40, dropout 0.2: ${Math.round(dropout)} epochs/s`,
			`double-descent sweep, n = 40 (p = 1…400, 5 draws each): ${sweepMs.toFixed(0)} ms`,
			`polynomial section per input, n = 40, degree 20: ${inputMs.toFixed(2)} ms`,
			`random-features fit drawn per input, n = 40, p = 400: ${featuresMs.toFixed(2)} ms`
		].join('\n')
	);
	console.log(
		`BENCH_JSON ${JSON.stringify({
			overfittingMlpStepsPerSecond: Math.round(plain),
			overfittingMlpDropoutStepsPerSecond: Math.round(dropout),
			overfittingSweepMs: Math.round(sweepMs),
			overfittingPolynomialInputMs: +inputMs.toFixed(2),
			overfittingFeaturesInputMs: +featuresMs.toFixed(2)
		})}`
	);
});
