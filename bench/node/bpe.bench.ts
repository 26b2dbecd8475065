/**
 * Byte-level BPE training speed: the incremental trainer (src/lib/math/bpe-train.ts) beside the naive
 * one that recounts every pair after each merge (bpe-naive.ts), on the same text in the same run.
 * Target (issue 6): 1 MB of text, 1,000 merges, under 1 second.
 *
 * The naive trainer costs about 70 ms per merge on 1 MB, so 1,000 merges would take over a
 * minute: on 1 MB both run the first NAIVE_MERGES merges and the naive time for 1,000 is
 * extrapolated from that (an upper bound: the sequence shrinks as it merges); on 100 KB both
 * run all 1,000 merges. Prints a table and one `BENCH_JSON {...}` line.
 */
import { expect, test } from 'vitest';
import { corpusText } from '../../src/lib/content/corpus';
import { trainByteLevelBPE } from '../../src/lib/math/bpe-train';
import { trainByteLevelBPENaive } from '../../src/lib/math/bpe-naive';
import { createRng, randomInt } from '../../src/lib/math/rng';
import { encodeUtf8 } from '../../src/lib/math/utf8';

const MERGES = 1000;
const TARGET_MS = 1000;
const NAIVE_MERGES = 50;
const RUNS = 3;

/** About `bytes` bytes of the guide's sentences (English and Chinese), in a seeded order. */
function guideText(bytes: number): string {
	const sentences = `${corpusText('en')}\n${corpusText('zh')}`
		.split(/(?<=[.!?。！？\n])\s*/u)
		.filter((s) => s.length > 0);
	const rng = createRng(6);
	const parts: string[] = [];
	let size = 0;
	while (size < bytes) {
		const sentence = sentences[randomInt(rng, sentences.length)];
		parts.push(sentence);
		size += encodeUtf8(sentence).length + 1;
	}
	return parts.join(' ');
}

function time<T>(run: () => T): { ms: number; result: T } {
	const start = performance.now();
	const result = run();
	return { ms: performance.now() - start, result };
}

function median(run: () => unknown): number {
	const times = Array.from({ length: RUNS }, () => time(run).ms).sort((a, b) => a - b);
	return times[Math.floor(RUNS / 2)];
}

test('byte-level BPE training: incremental against naive', () => {
	const mb = guideText(1_000_000);
	const kb = guideText(100_000);
	const mbBytes = encodeUtf8(mb).length;
	const kbBytes = encodeUtf8(kb).length;

	const fast1000 = median(() => trainByteLevelBPE(mb, MERGES));
	const fastFew = median(() => trainByteLevelBPE(mb, NAIVE_MERGES));
	const naiveFew = time(() => trainByteLevelBPENaive(mb, NAIVE_MERGES));
	expect(naiveFew.result).toEqual(trainByteLevelBPE(mb, NAIVE_MERGES));
	const naive1000Estimate = (naiveFew.ms / NAIVE_MERGES) * MERGES;

	const fastKb = median(() => trainByteLevelBPE(kb, MERGES));
	const naiveKb = time(() => trainByteLevelBPENaive(kb, MERGES));
	expect(naiveKb.result).toEqual(trainByteLevelBPE(kb, MERGES));

	const figures = {
		bytes1MB: mbBytes,
		incremental1MB1000MergesMs: Math.round(fast1000),
		targetMs: TARGET_MS,
		withinTarget: fast1000 < TARGET_MS,
		incremental1MB50MergesMs: Math.round(fastFew),
		naive1MB50MergesMs: Math.round(naiveFew.ms),
		ratio1MB50Merges: Math.round(naiveFew.ms / fastFew),
		naive1MB1000MergesEstimateMs: Math.round(naive1000Estimate),
		ratio1MB1000MergesEstimate: Math.round(naive1000Estimate / fast1000),
		bytes100KB: kbBytes,
		incremental100KB1000MergesMs: Math.round(fastKb),
		naive100KB1000MergesMs: Math.round(naiveKb.ms),
		ratio100KB1000Merges: Math.round(naiveKb.ms / fastKb)
	};
	const row = (what: string, fast: number, naive: number, note = '') =>
		`${what.padEnd(34)} ${fast.toFixed(0).padStart(8)} ms ${naive.toFixed(0).padStart(9)} ms ${`×${Math.round(naive / fast)}`.padStart(7)}  ${note}`;
	console.log(
		[
			`BPE training (median of ${RUNS} for the incremental trainer)`,
			`${'text, merges'.padEnd(34)} ${'incremental'.padStart(11)} ${'naive'.padStart(12)} ${'ratio'.padStart(7)}`,
			row(`1 MB (${mbBytes} B), ${NAIVE_MERGES} merges`, fastFew, naiveFew.ms),
			row(
				`1 MB (${mbBytes} B), ${MERGES} merges`,
				fast1000,
				naive1000Estimate,
				`naive extrapolated; target < ${TARGET_MS} ms: ${fast1000 < TARGET_MS ? 'ok' : 'OVER'}`
			),
			row(`100 KB (${kbBytes} B), ${MERGES} merges`, fastKb, naiveKb.ms)
		].join('\n')
	);
	console.log(`BENCH_JSON ${JSON.stringify(figures)}`);
});
