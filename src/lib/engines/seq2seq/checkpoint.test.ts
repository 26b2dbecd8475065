/**
 * The committed checkpoints: they must load, decode held-out numbers right, and still score what
 * they recorded (a checkpoint left stale by a change to the model or the task fails here).
 * `node scripts/train-seq2seq.mjs` rewrites them (WRITE_SEQ2SEQ_CHECKPOINTS=1 runs the writer).
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/math/rng';
import { loadCheckpoint, saveCheckpoint, type Checkpoint } from './checkpoint';
import { example, isHeldOut, testSet } from './data';
import { greedyDecode, initSeq2Seq, parameters } from './model';
import {
	accuracyByLength,
	optimizerFor,
	overallAccuracy,
	TEST_SET,
	trainStep,
	TRAINING
} from './train';
import attention from './checkpoints/attention.json';
import noAttention from './checkpoints/no-attention.json';

function firstHeldOutFrom(n: number): number {
	while (!isHeldOut(n)) n++;
	return n;
}

const SHAPE = { embed: 16, hidden: 32 };
const SEED = 1;

describe.runIf(process.env.WRITE_SEQ2SEQ_CHECKPOINTS)('writing the checkpoints', () => {
	it.each([true, false])(
		'trains and writes the model with attention %s',
		(on) => {
			const m = initSeq2Seq({ ...SHAPE, attention: on }, createRng(SEED));
			const optimizer = optimizerFor(m, TRAINING.lr);
			for (let step = 0; step < TRAINING.checkpointSteps; step++) {
				trainStep(m, optimizer, { seed: SEED, batch: TRAINING.batch }, step);
			}
			// The accuracy is measured on the saved (rounded) weights, as the page will load them.
			const info = { seed: SEED, steps: TRAINING.checkpointSteps, batch: TRAINING.batch };
			const saved = saveCheckpoint(m, { ...info, accuracy: [] });
			const tests = testSet(TEST_SET.seed, TEST_SET.perLanguage);
			saved.accuracy = accuracyByLength(loadCheckpoint(saved), tests);
			const file = new URL(
				`./checkpoints/${on ? 'attention' : 'no-attention'}.json`,
				import.meta.url
			);
			writeFileSync(file, JSON.stringify(saved) + '\n');
		},
		600_000
	);
});

describe('saveCheckpoint and loadCheckpoint', () => {
	it('round-trip every weight to within 1/32,767 of its tensor’s largest magnitude', () => {
		const m = initSeq2Seq({ embed: 4, hidden: 5, attention: true }, createRng(3));
		const info = { seed: 0, steps: 0, batch: 1, accuracy: [] };
		const back = loadCheckpoint(JSON.parse(JSON.stringify(saveCheckpoint(m, info))));
		const before = parameters(m);
		parameters(back).forEach((p, k) => {
			const max = Math.max(...before[k].toArray().map(Math.abs));
			p.toArray().forEach((x, i) =>
				expect(Math.abs(x - before[k].data[i])).toBeLessThanOrEqual(max / 32_767)
			);
		});
	});
});

describe.skipIf(process.env.WRITE_SEQ2SEQ_CHECKPOINTS)('the committed checkpoints', () => {
	it('are small: tens of kilobytes', () => {
		for (const c of [attention, noAttention]) expect(JSON.stringify(c).length).toBeLessThan(50_000);
	});

	it('decode numbers spelled in both languages, held-out ones included', () => {
		const cases: [number, 'en' | 'zh'][] = [
			[312, 'en'],
			[312, 'zh'],
			[7, 'en'],
			[10, 'zh'],
			[2024, 'zh'],
			[86_000, 'en'],
			...[1000, 4000, 20_000, 60_000]
				.map(firstHeldOutFrom)
				.flatMap((n) => [[n, 'en'] as [number, 'en'], [n, 'zh'] as [number, 'zh']])
		];
		const withAttention = loadCheckpoint(attention as Checkpoint);
		for (const [n, lang] of cases) {
			const decoded = greedyDecode(withAttention, example(n, lang).source);
			expect(decoded.digits.join(''), `${n} ${lang}`).toBe(String(n));
			expect(decoded.ended).toBe(true);
		}
	});

	it('still score on the test set what they recorded, attention above 95%', () => {
		const tests = testSet(TEST_SET.seed, TEST_SET.perLanguage);
		for (const c of [attention, noAttention]) {
			expect(accuracyByLength(loadCheckpoint(c as Checkpoint), tests)).toEqual(c.accuracy);
		}
		expect(overallAccuracy(attention.accuracy)).toBeGreaterThan(0.95);
	});
});
