import { describe, expect, it } from 'vitest';
import { crossEntropy, gradientError } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { example } from './data';
import { encode, greedyDecode, initSeq2Seq, parameters, teacherForced } from './model';
import { optimizerFor, trainStep } from './train';
import { END } from './vocab';

const tiny = (attention: boolean) =>
	initSeq2Seq({ embed: 2, hidden: 3, attention }, createRng(attention ? 1 : 2));

describe('the encoder–decoder', () => {
	it('has gradients equal to central differences on a padded batch, with and without attention', () => {
		const batch = [example(7, 'en'), example(312, 'zh')];
		for (const attention of [true, false]) {
			const m = tiny(attention);
			const f = () => {
				const { logits, labels } = teacherForced(
					m,
					batch.map((e) => e.source),
					batch.map((e) => e.target)
				);
				return crossEntropy(logits, labels);
			};
			expect(gradientError(f, parameters(m))).toBeLessThan(1e-7);
		}
	});

	it('encodes a source the same alone and padded in a batch', () => {
		const m = tiny(true);
		const short = example(3, 'en').source;
		const long = example(12_345, 'zh').source;
		const alone = encode(m, [short]).final.toArray();
		const batched = encode(m, [short, long]).final.toArray().slice(0, 3);
		batched.forEach((x, i) => expect(x).toBeCloseTo(alone[i], 14));
	});

	it('decodes greedily with alignments that sum to 1 over the source', () => {
		const source = example(405, 'zh').source;
		const decoded = greedyDecode(tiny(true), source);
		expect(decoded.alignments.length).toBe(decoded.probabilities.length);
		for (const a of decoded.alignments) {
			expect(a).toHaveLength(source.length);
			expect(a.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
		}
		expect(decoded.ended).toBe(decoded.probabilities.length > decoded.digits.length);
		expect(decoded.digits).not.toContain(END);
		expect(greedyDecode(tiny(false), source).alignments).toEqual([]);
	});

	it('lowers its loss in a short seeded run, the same run for the same seed', () => {
		const run = () => {
			const m = initSeq2Seq({ embed: 8, hidden: 16, attention: true }, createRng(9));
			const optimizer = optimizerFor(m, 0.01);
			return Array.from({ length: 40 }, (_, step) =>
				trainStep(m, optimizer, { seed: 9, batch: 8 }, step)
			);
		};
		const losses = run();
		const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
		expect(mean(losses.slice(-10))).toBeLessThan(0.75 * mean(losses.slice(0, 10)));
		expect(run()).toEqual(losses);
	});
});
