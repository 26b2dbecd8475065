/**
 * The committed checkpoints: they must load, decode held-out numbers right, and still score what
 * they recorded (a checkpoint left stale by a change to the model or the task fails here).
 * `node scripts/train-seq2seq.mjs` rewrites them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/math/rng';
import { decodeWeights, encodeWeights } from './checkpoint';
import { example, isHeldOut, testSet } from './data';
import { greedyDecode, initSeq2Seq, parameters } from './model';
import { accuracyByLength, CHECKPOINT_RECIPE, overallAccuracy, TEST_SET } from './train';
import summary from './checkpoints/summary.json';

function firstHeldOutFrom(n: number): number {
	while (!isHeldOut(n)) n++;
	return n;
}

const shapeOf = ({ embed, hidden }: { embed: number; hidden: number }) => ({ embed, hidden });

const FILES = { attention: 'attention.bin', none: 'no-attention.bin' } as const;
const fileOf = (kind: keyof typeof FILES) =>
	new URL(`./checkpoints/${FILES[kind]}`, import.meta.url);
const committed = (kind: keyof typeof FILES) =>
	decodeWeights(summary[kind], new Uint8Array(readFileSync(fileOf(kind))));

describe('encodeWeights and decodeWeights', () => {
	it('round-trip every weight to within 1/32,767 of its tensor’s largest magnitude', () => {
		const shape = { embed: 4, hidden: 5, attention: true };
		const m = initSeq2Seq(shape, createRng(3));
		const { scales, bytes } = encodeWeights(m);
		const back = decodeWeights({ shape, scales }, bytes);
		const before = parameters(m);
		parameters(back).forEach((p, k) => {
			const max = Math.max(...before[k].toArray().map(Math.abs));
			p.toArray().forEach((x, i) =>
				expect(Math.abs(x - before[k].data[i])).toBeLessThanOrEqual(max / 32_767)
			);
		});
		expect(() => decodeWeights({ shape, scales }, bytes.subarray(2))).toThrow();
	});
});

describe('the committed checkpoints', () => {
	it('follow the recipe and are small: tens of kilobytes', () => {
		expect(summary.attention.shape).toEqual({ ...shapeOf(CHECKPOINT_RECIPE), attention: true });
		expect(summary.none.shape).toEqual({ ...shapeOf(CHECKPOINT_RECIPE), attention: false });
		for (const kind of ['attention', 'none'] as const) {
			expect(readFileSync(fileOf(kind)).byteLength).toBeLessThan(40_000);
		}
	});

	it('decode numbers spelled in both languages, held-out ones included', () => {
		const cases: [number, 'en' | 'zh'][] = [
			[312, 'en'],
			[312, 'zh'],
			[7, 'en'],
			[10, 'zh'],
			[1006, 'zh'],
			[86_000, 'en'],
			...[1000, 4000, 20_000, 60_000]
				.map(firstHeldOutFrom)
				.flatMap((n) => [[n, 'en'] as [number, 'en'], [n, 'zh'] as [number, 'zh']])
		];
		const withAttention = committed('attention');
		for (const [n, lang] of cases) {
			const decoded = greedyDecode(withAttention, example(n, lang).source);
			expect(decoded.digits.join(''), `${n} ${lang}`).toBe(String(n));
			expect(decoded.ended).toBe(true);
		}
	});

	it('still score on the test set what they recorded, attention above 95%', () => {
		const tests = testSet(TEST_SET.seed, TEST_SET.perLanguage);
		for (const kind of ['attention', 'none'] as const) {
			expect(accuracyByLength(committed(kind), tests)).toEqual(summary[kind].accuracy);
		}
		expect(overallAccuracy(summary.attention.accuracy)).toBeGreaterThan(0.95);
	});
});
