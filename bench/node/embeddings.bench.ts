/**
 * /embeddings: training throughput of the skip-gram run (the code the worker runs, stepped here in
 * Node's V8, as fast as it goes) on the guide's English and Chinese answers, in steps (of
 * CENTRES_PER_STEP centre words) per second, and the cost of the view the worker sends (vectors + PCA).
 * Prints a table and one `BENCH_JSON {...}` line.
 */
import { test } from 'vitest';
import { buildCorpus } from '../../src/lib/demos/embeddings/corpus';
import { MIN_COUNT, schema, SUBSAMPLE } from '../../src/lib/demos/embeddings/params';
import {
	CENTRES_PER_STEP,
	sgnsTraining,
	type SgnsConfig
} from '../../src/lib/demos/embeddings/sgns.run';
import { answerTexts } from '../../src/lib/content/corpus';
import { segmentSentences } from '../../src/lib/math/word-segment';

const ROUNDS = 5;
const STEPS = 100;

function measure(config: SgnsConfig) {
	let best = Infinity;
	let state = sgnsTraining.init(config);
	for (let r = 0; r < ROUNDS; r++) {
		state = sgnsTraining.init(config);
		const t0 = performance.now();
		for (let k = 0; k < STEPS; k++) state = sgnsTraining.step(state).state;
		best = Math.min(best, performance.now() - t0);
	}
	let viewMs = Infinity;
	for (let r = 0; r < ROUNDS * 4; r++) {
		const t0 = performance.now();
		sgnsTraining.view(state);
		viewMs = Math.min(viewMs, performance.now() - t0);
	}
	return { stepsPerSecond: STEPS / (best / 1000), viewMs };
}

test('embeddings: skip-gram throughput', () => {
	const rows: string[] = [];
	const json: Record<string, number> = {};
	for (const lang of ['en', 'zh'] as const) {
		const corpus = buildCorpus(segmentSentences(answerTexts(lang).join('\n')), MIN_COUNT);
		const config: SgnsConfig = {
			sentences: corpus.sentences,
			counts: corpus.counts,
			seed: 1,
			dim: schema.dim.default,
			window: schema.win.default,
			negatives: schema.neg.default,
			lr: schema.lr.default,
			epochs: schema.epochs.default,
			subsample: SUBSAMPLE
		};
		const { stepsPerSecond, viewMs } = measure(config);
		rows.push(
			`${lang}: ${corpus.words.length} words, ${Math.round(stepsPerSecond)} steps/s (${CENTRES_PER_STEP} centre words each), view ${viewMs.toFixed(2)} ms`
		);
		json[`embeddingsSgnsStepsPerSecond_${lang}`] = Math.round(stepsPerSecond);
		json[`embeddingsSgnsViewMs_${lang}`] = +viewMs.toFixed(2);
	}
	console.log(
		[`/embeddings (CPU time, best of ${ROUNDS} rounds of ${STEPS} steps)`, ...rows].join('\n')
	);
	console.log(`BENCH_JSON ${JSON.stringify(json)}`);
});
