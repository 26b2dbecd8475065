import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { samplingSteps } from '$lib/math/sampling';
import { topIndices } from '$lib/engines/next-token';
import {
	cumulative,
	cutAt,
	cutExamples,
	filterOptions,
	keptAlone,
	logRanks,
	survivorCounts
} from './pipeline';

const ln = Math.log;
const settings = { temperature: 0.7, k: 3, p: 0.75, minP: 0.2 };

describe('filterOptions(mode, settings)', () => {
	it('passes on only the filters the mode switches on', () => {
		expect(filterOptions('top-k', settings)).toEqual({
			temperature: 0.7,
			topK: 3,
			topP: undefined,
			minP: undefined
		});
		expect(filterOptions('top-p', settings)).toMatchObject({ topK: undefined, topP: 0.75 });
		expect(filterOptions('both', settings)).toMatchObject({ topK: 3, topP: 0.75, minP: undefined });
		expect(filterOptions('min-p', settings)).toMatchObject({ topK: undefined, minP: 0.2 });
		expect(filterOptions('all', settings)).toMatchObject({ topK: 3, topP: 0.75, minP: 0.2 });
	});
});

/** cutAt for every token. */
const cutBy = (steps: ReturnType<typeof samplingSteps>) =>
	Array.from(steps.afterTemperature, (_, i) => cutAt(steps, i));

describe('cutAt(steps, i) and survivorCounts(steps)', () => {
	it('name the step that cut each token, in pipeline order', () => {
		// [0.4, 0.3, 0.2, 0.1] → top-3: [4, 3, 2, 0] / 9 → top-p 0.75 needs 4/9 + 3/9 ≥ 0.75.
		const steps = samplingSteps([0.4, 0.3, 0.2, 0.1].map(ln), { topK: 3, topP: 0.75 });
		expect(cutBy(steps)).toEqual([null, null, 'topP', 'topK']);
		expect(survivorCounts(steps)).toEqual({ temperature: 4, topK: 3, topP: 2, minP: 2 });
	});

	it('list the likeliest tokens each step cut', () => {
		// T = 0.5 squares: [16, 9, 4, 1] / 30; top-k 3, then min-p 0.5 cuts below 0.5 × 16/29.
		const steps = samplingSteps([0.4, 0.3, 0.2, 0.1].map(ln), {
			temperature: 0.5,
			topK: 3,
			minP: 0.5
		});
		expect(cutExamples(steps, [0, 1, 2, 3], 4, survivorCounts(steps))).toEqual({
			temperature: [],
			topK: [3],
			topP: [],
			minP: [2]
		});
		const many = samplingSteps([5, 4, 3, 2, 1, 0], { topK: 1 });
		expect(cutExamples(many, [0, 1, 2, 3, 4, 5], 2, survivorCounts(many)).topK).toEqual([1, 2]);
	});

	it('cutExamples stops early yet lists what a full scan would, ties and underflow included', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 1, maxLength: 30 }),
				fc.oneof(fc.constant(0), fc.double({ min: 0.05, max: 4, noNaN: true })),
				fc.integer({ min: 0, max: 30 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.integer({ min: 1, max: 5 }),
				(ints, temperature, topK, topP, minP, count) => {
					const x = ints.map((v) => v / 4);
					const steps = samplingSteps(x, { temperature, topK, topP, minP });
					const order = topIndices(x, x.length);
					const full = { temperature: [], topK: [], topP: [], minP: [] } as Record<
						string,
						number[]
					>;
					for (const i of order) {
						const stage = cutAt(steps, i);
						if (stage && full[stage].length < count) full[stage].push(i);
					}
					expect(cutExamples(steps, order, count, survivorCounts(steps))).toEqual(full);
				}
			)
		);
	});

	it('blame temperature for greedy decoding, and min-p for what it cuts last', () => {
		expect(cutBy(samplingSteps([1, 3, 2], { temperature: 0, topK: 2 }))).toEqual([
			'temperature',
			null,
			'temperature'
		]);
		// Threshold 0.5 × 0.5: 0.3 stays, 0.2 goes.
		const steps = samplingSteps([0.5, 0.3, 0.2].map(ln), { minP: 0.5 });
		expect(cutBy(steps)).toEqual([null, null, 'minP']);
		expect(survivorCounts(steps).minP).toBe(2);
	});
});

describe('cumulative(probs, order)', () => {
	it('sums in the given order', () => {
		const c = cumulative([0.1, 0.5, 0.4], [1, 2, 0]);
		expect([...c].map((v) => +v.toFixed(12))).toEqual([0.5, 0.9, 1]);
	});
});

describe('keptAlone(probs, order, settings)', () => {
	it('counts what each filter would keep on its own', () => {
		// Top-p 0.75: 0.4 + 0.3 = 0.7 falls short, so three. Min-p 0.6: threshold 0.24.
		expect(keptAlone([0.4, 0.3, 0.2, 0.1], [0, 1, 2, 3], { k: 3, p: 0.75, minP: 0.6 })).toEqual({
			topK: 3,
			topP: 3,
			minP: 2
		});
		expect(keptAlone([0.1, 0.9], [1, 0], { k: 0, p: 1, minP: 0 })).toEqual({
			topK: 2,
			topP: 2,
			minP: 2
		});
		expect(keptAlone([0.1, 0.9], [1, 0], { k: 5, p: 0, minP: 1 })).toEqual({
			topK: 2,
			topP: 1,
			minP: 1
		});
	});

	it('agrees with samplingSteps run with one filter at a time', () => {
		const logits = fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 1, maxLength: 25 });
		const temperature = fc.oneof(fc.constant(0), fc.double({ min: 0.05, max: 4, noNaN: true }));
		fc.assert(
			fc.property(
				logits,
				temperature,
				fc.integer({ min: 0, max: 30 }),
				fc.double({ min: -0.1, max: 1.1, noNaN: true }),
				fc.double({ min: 0, max: 1.2, noNaN: true }),
				(ints, t, k, p, minP) => {
					// Up to ±100 at T = 0.05: some probabilities underflow to 0.
					const x = ints.map((v) => v / 4);
					const probs = samplingSteps(x, { temperature: t }).afterTemperature;
					const alone = keptAlone(probs, topIndices(x, x.length), { k, p, minP });
					const count = (opts: object) =>
						survivorCounts(samplingSteps(x, { temperature: t, ...opts })).minP;
					expect(alone).toEqual({
						topK: count({ topK: k }),
						topP: count({ topP: p }),
						minP: count({ minP })
					});
				}
			)
		);
	});
});

describe('logRanks(n, count)', () => {
	it('lists every rank when there are few', () => {
		expect(logRanks(5, 10)).toEqual([1, 2, 3, 4, 5]);
		expect(logRanks(0, 10)).toEqual([]);
	});

	it('spaces ranks evenly on a log scale from 1 to n', () => {
		const r = logRanks(50_257, 200);
		expect(r[0]).toBe(1);
		expect(r.at(-1)).toBe(50_257);
		expect(r.length).toBeLessThanOrEqual(201);
		expect(r.length).toBeGreaterThan(100);
		r.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(r[i]));
		// As many ranks between 10 and 100 as between 1,000 and 10,000.
		const within = (a: number, b: number) => r.filter((v) => v >= a && v < b).length;
		expect(Math.abs(within(1000, 10_000) - within(100, 1000))).toBeLessThanOrEqual(1);
	});
});
