import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	sample,
	sampleMany,
	samplingDistribution,
	filterSteps,
	samplingSteps,
	temperatureStep,
	type SamplingOptions
} from './sampling';
import { argsort } from './order';
import { mulberry32 } from './rng';
import { softmax } from './softmax';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);
/** A distribution (a Float64Array) as a plain list, to compare with hand-written ones. */
const list = (p: ArrayLike<number>) => Array.from(p);
const ln = Math.log;
const expectClose = (actual: ArrayLike<number>, expected: ArrayLike<number>, digits = 12) => {
	expect(actual.length).toBe(expected.length);
	Array.from(expected).forEach((v, i) => expect(actual[i]).toBeCloseTo(v, digits));
};
/** Indices by probability descending, ties by lower index: the order the filters use. */
const ranked = (p: number[]) => p.map((_, i) => i).sort((a, b) => p[b] - p[a] || a - b);

// Distinct logits, so no probability ties and no underflow.
const distinctLogits = fc
	.uniqueArray(fc.integer({ min: -400, max: 400 }), { minLength: 1, maxLength: 30 })
	.map((xs) => xs.map((v) => v / 40));
// Small integers: plenty of ties.
const tiedLogits = fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 30 });
const options: fc.Arbitrary<SamplingOptions> = fc.record(
	{
		temperature: fc.oneof(fc.constant(0), fc.double({ min: 0.1, max: 5, noNaN: true })),
		topK: fc.integer({ min: -1, max: 35 }),
		topP: fc.double({ min: -0.1, max: 1.1, noNaN: true }),
		minP: fc.double({ min: 0, max: 1.2, noNaN: true })
	},
	{ requiredKeys: [] }
);

/** A direct, comparator-sorted transcription of the rules, to check the fast path against. */
function reference(logits: number[], opts: SamplingOptions): number[] {
	const t = opts.temperature ?? 1;
	let p: number[];
	if (t === 0) {
		const best = logits.indexOf(Math.max(...logits));
		p = logits.map((_, i) => (i === best ? 1 : 0));
	} else p = softmax(logits, t);
	const keep = (ids: number[]) => {
		const kept = new Set(ids);
		const s = sum(ids.map((i) => p[i]));
		p = p.map((v, i) => (kept.has(i) ? v / s : 0));
	};
	const n = logits.length;
	const k = opts.topK ?? 0;
	if (k > 0 && k < n) keep(ranked(p).slice(0, k));
	if (opts.topP !== undefined && opts.topP < 1) {
		const order = ranked(p);
		let cum = 0;
		let j = 0;
		while (j < n && p[order[j]] > 0) {
			cum += p[order[j++]];
			if (cum >= opts.topP) break;
		}
		keep(order.slice(0, Math.max(j, 1)));
	}
	if (opts.minP) {
		const threshold = Math.min(opts.minP, 1) * Math.max(...p);
		keep(p.map((_, i) => i).filter((i) => p[i] >= threshold));
	}
	return p;
}

describe('samplingDistribution(logits, opts)', () => {
	it('is plain softmax with no options', () => {
		expectClose(samplingDistribution([0, ln(2), ln(4)], {}), [1 / 7, 2 / 7, 4 / 7]);
	});

	it('applies temperature before the filters', () => {
		// T = 0.5 squares the odds: [1, 4, 16] / 21.
		expectClose(samplingDistribution([0, ln(2), ln(4)], { temperature: 0.5 }), [
			1 / 21,
			4 / 21,
			16 / 21
		]);
		// T = 0.5: top-2 gives [0, 4, 16] / 20, and 0.8 ≥ 0.7 alone reaches top-p.
		expectClose(
			samplingDistribution([0, ln(2), ln(4)], { temperature: 0.5, topK: 2, topP: 0.7 }),
			[0, 0, 1]
		);
		// T = 1: top-2 gives [0, 1/3, 2/3], and 2/3 < 0.7 so top-p needs both.
		expectClose(samplingDistribution([0, ln(2), ln(4)], { topK: 2, topP: 0.7 }), [0, 1 / 3, 2 / 3]);
	});

	it('is greedy at temperature 0, lowest index on a tie', () => {
		expect(list(samplingDistribution([1, 3, 3, 2], { temperature: 0 }))).toEqual([0, 1, 0, 0]);
		expect(list(samplingDistribution([-Infinity, -5], { temperature: 0, topP: 0.1 }))).toEqual([
			0, 1
		]);
	});

	it('keeps exactly k tokens with top-k when there are no ties', () => {
		fc.assert(
			fc.property(distinctLogits, fc.integer({ min: 1, max: 40 }), (x, k) => {
				const p = samplingDistribution(x, { topK: k });
				const kept = p.filter((v) => v > 0).length;
				expect(kept).toBe(Math.min(k, x.length));
				// ... and they are the k largest logits.
				const cut = Math.min(...x.filter((_, i) => p[i] > 0));
				x.forEach((v, i) => expect(p[i] > 0).toBe(v >= cut));
				expect(sum(p)).toBeCloseTo(1, 12);
			})
		);
	});

	it('breaks a top-k tie at the boundary by lower index', () => {
		expect(list(samplingDistribution([1, 2, 2, 2, 0], { topK: 2 }))).toEqual([0, 0.5, 0.5, 0, 0]);
	});

	it('keeps everything for top-k ≤ 0, ≥ n or undefined', () => {
		const all = samplingDistribution([0, 1, 2], {});
		for (const topK of [0, -3, 3, 10, undefined]) {
			expect(samplingDistribution([0, 1, 2], { topK })).toEqual(all);
		}
	});

	it('keeps the minimal most-probable set reaching top-p', () => {
		fc.assert(
			fc.property(distinctLogits, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (x, topP) => {
				const before = softmax(x);
				const after = samplingDistribution(x, { topP });
				const order = ranked(before);
				const kept = order.filter((i) => after[i] > 0);
				// The kept tokens are a prefix of the ranking ...
				expect(kept).toEqual(order.slice(0, kept.length));
				// ... whose mass reaches p, while one token fewer does not.
				const mass = (m: number) => sum(order.slice(0, m).map((i) => before[i]));
				expect(mass(kept.length)).toBeGreaterThanOrEqual(topP - 1e-12);
				expect(mass(kept.length - 1)).toBeLessThan(topP + 1e-12);
			})
		);
	});

	it('keeps the token that crosses p, and one token for p ≤ 0', () => {
		const x = [0.4, 0.3, 0.2, 0.1].map(ln);
		expectClose(samplingDistribution(x, { topP: 0.5 }), [4 / 7, 3 / 7, 0, 0]);
		expect(list(samplingDistribution(x, { topP: 0 }))).toEqual([1, 0, 0, 0]);
		expect(list(samplingDistribution(x, { topP: -1 }))).toEqual([1, 0, 0, 0]);
		expectClose(samplingDistribution(x, { topP: 1 }), [0.4, 0.3, 0.2, 0.1]);
	});

	it('breaks a top-p tie by lower index', () => {
		expect(list(samplingDistribution([0, 1, 1], { topP: 0.3 }))).toEqual([0, 1, 0]);
	});

	it('keeps tokens at or above minP × the top probability', () => {
		const x = [0.5, 0.3, 0.15, 0.05].map(ln);
		// Threshold 0.2 × 0.5 = 0.1: 0.05 goes, the rest is renormalised by 0.95.
		expectClose(samplingDistribution(x, { minP: 0.2 }), [0.5 / 0.95, 0.3 / 0.95, 0.15 / 0.95, 0]);
		expectClose(samplingDistribution(x, { minP: 0 }), [0.5, 0.3, 0.15, 0.05]);
		expect(list(samplingDistribution(x, { minP: 1 }))).toEqual([1, 0, 0, 0]);
		expect(list(samplingDistribution(x, { minP: 3 }))).toEqual([1, 0, 0, 0]);
	});

	it('lets each filter see the renormalised output of the previous one', () => {
		// [0.4, 0.3, 0.2, 0.1] → top-3: [4, 3, 2, 0] / 9 → top-p 0.75: 4/9 < 0.75 ≤ 7/9, so two
		// tokens: [4, 3, 0, 0] / 7. On the raw values 0.4 + 0.3 = 0.7 < 0.75 would keep three.
		const x = [0.4, 0.3, 0.2, 0.1].map(ln);
		expectClose(samplingDistribution(x, { topK: 3, topP: 0.75 }), [4 / 7, 3 / 7, 0, 0]);
		// min-p 0.76: threshold 0.76 × 4/7 ≈ 0.434 > 3/7 ≈ 0.429.
		expect(list(samplingDistribution(x, { topK: 3, topP: 0.75, minP: 0.76 }))).toEqual([
			1, 0, 0, 0
		]);
	});

	it('stays finite for logits of magnitude 1e6', () => {
		const p = samplingDistribution([1e6, -1e6, 1e6 - 1], { topP: 0.9 });
		const e = Math.exp(-1);
		expectClose(p, [1 / (1 + e), 0, e / (1 + e)]);
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
				options,
				(x, opts) => {
					const q = samplingDistribution(x, opts);
					expect(q.every(Number.isFinite)).toBe(true);
					expect(sum(q)).toBeCloseTo(1, 12);
				}
			)
		);
	});

	it('sums to 1, with at least one token kept, for any options', () => {
		fc.assert(
			fc.property(tiedLogits, options, (x, opts) => {
				const p = samplingDistribution(x, opts);
				expect(p.length).toBe(x.length);
				expect(sum(p)).toBeCloseTo(1, 12);
				expect(p.some((v) => v > 0)).toBe(true);
			})
		);
	});

	it('matches a direct comparator-sort transcription of the rules, ties included', () => {
		fc.assert(
			fc.property(fc.oneof(tiedLogits, distinctLogits), options, (x, opts) => {
				expectClose(samplingDistribution(x, opts), reference(x, opts));
			}),
			{ numRuns: 500 }
		);
	});

	it('handles a GPT-2-sized vocabulary of 50,257 logits', () => {
		const rng = mulberry32(1);
		const x = Array.from({ length: 50257 }, () => rng() * 20 - 10);
		for (const opts of [{ topK: 40, topP: 0.9 }, { topP: 0.95, minP: 0.01 }, {}]) {
			const p = samplingDistribution(x, opts);
			expect(sum(p)).toBeCloseTo(1, 10);
			expectClose(p, reference(x, opts), 14);
		}
	});

	it('throws on NaN logits, negative temperature or NaN options', () => {
		expect(() => samplingDistribution([0, NaN], {})).toThrow(/NaN/);
		expect(() => samplingDistribution([0, NaN], { temperature: 0 })).toThrow('logits[1] is NaN');
		expect(() => samplingDistribution([0, 1], { temperature: -1 })).toThrow(/temperature/);
		expect(() => samplingDistribution([0, 1], { topP: NaN })).toThrow(/topP/);
	});
});

describe('samplingSteps(logits, opts)', () => {
	it('shows the distribution after each filter', () => {
		const x = [0.4, 0.3, 0.2, 0.1].map(ln);
		const steps = samplingSteps(x, { topK: 3, topP: 0.75, minP: 0.76 });
		expectClose(steps.afterTemperature, [0.4, 0.3, 0.2, 0.1]);
		expectClose(steps.afterTopK, [4 / 9, 3 / 9, 2 / 9, 0]);
		expectClose(steps.afterTopP, [4 / 7, 3 / 7, 0, 0]);
		expect(list(steps.afterMinP)).toEqual([1, 0, 0, 0]);
	});

	it('leaves a step unchanged when its filter is off', () => {
		const steps = samplingSteps([0, 1, 2], { topP: 0.5 });
		expect(steps.afterTopK).toEqual(steps.afterTemperature);
		expect(steps.afterMinP).toEqual(steps.afterTopP);
	});

	it('ends with samplingDistribution’s result', () => {
		fc.assert(
			fc.property(tiedLogits, options, (x, opts) => {
				expect(samplingSteps(x, opts).afterMinP).toEqual(samplingDistribution(x, opts));
			})
		);
	});
});

describe('temperatureStep(logits, T) and filterSteps(afterTemperature, opts)', () => {
	it('split samplingSteps in two: temperature, then the filters', () => {
		fc.assert(
			fc.property(tiedLogits, options, (x, opts) => {
				const tempered = temperatureStep(x, opts.temperature);
				expect(filterSteps(tempered, opts)).toEqual(samplingSteps(x, opts));
			})
		);
	});
	it('give the same steps with the logits’ ranking passed in as without it', () => {
		fc.assert(
			fc.property(tiedLogits, options, (x, opts) => {
				const tempered = temperatureStep(x, opts.temperature);
				const ranking = argsort(x, 'descending');
				expect(filterSteps(tempered, opts, ranking)).toEqual(filterSteps(tempered, opts));
			})
		);
	});
	it('filters a given distribution by hand-checked rules, reading no temperature', () => {
		const steps = filterSteps(Float64Array.of(0.4, 0.3, 0.2, 0.1), {
			temperature: 5,
			topK: 3,
			topP: 0.75
		});
		expectClose(steps.afterTopK, [4 / 9, 3 / 9, 2 / 9, 0]);
		expectClose(steps.afterTopP, [4 / 7, 3 / 7, 0, 0]);
		expect(list(temperatureStep([1, 3, 2], 0))).toEqual([0, 1, 0]);
		expect(() => temperatureStep([1, 2], -1)).toThrow(/temperature/);
	});
});

const probsWithZeros = fc
	.array(fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1, noNaN: true })), {
		minLength: 1,
		maxLength: 12
	})
	.filter((p) => p.some((v) => v > 0));

describe('sample(probs, rng)', () => {
	it('follows the inverse CDF: pinned draws for seed 7', () => {
		// mulberry32(7) starts 0.0117, 0.0620, 0.9769, 0.6990, 0.5214; the CDF is 0.1, 0.3, 0.6, 1.
		const rng = mulberry32(7);
		const probs = [0.1, 0.2, 0.3, 0.4];
		expect([1, 2, 3, 4, 5].map(() => sample(probs, rng))).toEqual([0, 0, 3, 3, 2]);
	});

	it('accepts weights that do not sum to 1', () => {
		const rng = mulberry32(7);
		expect([1, 2, 3, 4, 5].map(() => sample([1, 2, 3, 4], rng))).toEqual([0, 0, 3, 3, 2]);
	});

	it('matches the probabilities over 100,000 draws', () => {
		const rng = mulberry32(123);
		const probs = [0.5, 0.25, 0, 0.125, 0.125];
		const counts = [0, 0, 0, 0, 0];
		for (let i = 0; i < 100000; i++) counts[sample(probs, rng)]++;
		counts.forEach((c, i) => expect(Math.abs(c / 100000 - probs[i])).toBeLessThan(0.01));
		expect(counts[2]).toBe(0);
	});

	it('never returns a zero-probability index, even for u at the very ends of [0, 1)', () => {
		const extremes = [0, 1e-300, 1 - 2 ** -53];
		fc.assert(
			fc.property(probsWithZeros, fc.integer({ min: 0, max: 2 }), (probs, e) => {
				expect(probs[sample(probs, () => extremes[e])]).toBeGreaterThan(0);
			})
		);
		expect(sample([0, 0.3, 0.7, 0], () => 1 - 2 ** -53)).toBe(2);
		expect(sample([0, 0.3, 0.7, 0], () => 0)).toBe(1);
		// Even a faulty rng that returns 1 lands on the last positive index.
		expect(sample([0, 0.3, 0.7, 0], () => 1)).toBe(2);
	});

	it('throws when no entry is positive or one is negative', () => {
		expect(() => sample([0, 0], mulberry32(1))).toThrow(/no positive/);
		expect(() => sample([0.5, -0.1, 0.6], mulberry32(1))).toThrow('probs[1]');
	});
});

describe('sampleMany(probs, n, rng)', () => {
	it('draws the same indices as n calls to sample', () => {
		fc.assert(
			fc.property(probsWithZeros, fc.integer(), (probs, seed) => {
				const a = mulberry32(seed);
				const b = mulberry32(seed);
				expect(sampleMany(probs, 50, a)).toEqual(
					Array.from({ length: 50 }, () => sample(probs, b))
				);
			})
		);
	});

	it('is pinned for seed 7', () => {
		expect(sampleMany([0.1, 0.2, 0.3, 0.4], 5, mulberry32(7))).toEqual([0, 0, 3, 3, 2]);
	});

	it('matches the probabilities over 100,000 draws and never draws a zero', () => {
		const probs = [0, 0.1, 0, 0.6, 0.3, 0];
		const draws = sampleMany(probs, 100000, mulberry32(99));
		const counts = probs.map(() => 0);
		for (const d of draws) counts[d]++;
		counts.forEach((c, i) => expect(Math.abs(c / 100000 - probs[i])).toBeLessThan(0.01));
		expect(counts[0] + counts[2] + counts[5]).toBe(0);
	});

	it('returns [] for n = 0 and guards the top end', () => {
		expect(sampleMany([0.5, 0.5], 0, mulberry32(1))).toEqual([]);
		expect(sampleMany([0, 0.3, 0.7, 0], 2, () => 1 - 2 ** -53)).toEqual([2, 2]);
		expect(sampleMany([0, 0.3, 0.7, 0], 2, () => 1)).toEqual([2, 2]);
	});
});
