import { describe, expect, it } from 'vitest';
import { runJobNow } from '$lib/jobs';
import { trainingSet, validationSet } from './data';
import { doubleDescentSweep } from './double-descent.job';
import { sweepWidths } from './double-descent';
import { mlpTraining, type MlpConfig, type MlpLog } from './mlp.run';
import { mse } from './mlp-fit';
import { PATIENCE } from './params';
import { errorsByDegree } from './polynomial';

function run(config: MlpConfig) {
	let state = mlpTraining.init(config);
	const logs: MlpLog[] = [];
	while (!mlpTraining.done?.(state)) {
		const next = mlpTraining.step(state);
		state = next.state;
		logs.push(next.log);
	}
	return { state, logs };
}
const base: MlpConfig = {
	seed: 1,
	n: 15,
	noise: 0.3,
	decay: 0,
	dropout: 0,
	early: false,
	epochs: 1200
};
const argmin = (xs: number[]) => xs.indexOf(Math.min(...xs));

describe('the data', () => {
	it('puts one training input in each slot of width 2/n, replays from the seed, resamples differ', () => {
		const s = trainingSet(4, 10, 0.3);
		s.xs.forEach((x, i) => {
			expect(x).toBeGreaterThan(-1 + 0.2 * i + 0.2 * 0.2 - 1e-12);
			expect(x).toBeLessThan(-1 + 0.2 * (i + 1) - 0.2 * 0.2 + 1e-12);
		});
		expect(trainingSet(4, 10, 0.3)).toEqual(s);
		expect(trainingSet(4, 10, 0.3, 1).ys).not.toEqual(s.ys);
		expect(validationSet(4, 0.3).xs).toHaveLength(60);
	});
});

describe('polynomials on the page’s data', () => {
	it('seed 1: validation error is U-shaped in the degree while training error only falls', () => {
		const e = errorsByDegree(trainingSet(1, 15, 0.3), validationSet(1, 0.3), 0, 20);
		const best = argmin(e.map((d) => d.val));
		expect(best).toBeGreaterThanOrEqual(3);
		expect(best).toBeLessThanOrEqual(8);
		expect(e[1].val).toBeGreaterThan(2 * e[best].val);
		expect(e[14].val).toBeGreaterThan(5 * e[best].val);
		expect(e[14].train).toBeLessThan(1e-12);
		e.slice(1).forEach((d, k) => expect(d.train).toBeLessThanOrEqual(e[k].train + 1e-12));
	});
});

describe('mlpTraining', () => {
	it('overfits on seed 1: training loss keeps falling while validation loss turns up, and replays exactly', () => {
		const { logs } = run(base);
		expect(logs).toHaveLength(1200);
		const best = argmin(logs.map((l) => l.val));
		expect(best).toBeGreaterThan(100);
		expect(best).toBeLessThan(800);
		expect(logs.at(-1)!.val).toBeGreaterThan(1.3 * logs[best].val);
		expect(logs.at(-1)!.train).toBeLessThan(0.2 * logs[best].train);
		expect(run({ ...base, epochs: 50 }).logs).toEqual(logs.slice(0, 50));
	});

	it('early stopping ends PATIENCE epochs after the best and puts its weights back', () => {
		const { state, logs } = run({ ...base, early: true });
		const best = argmin(logs.map((l) => l.val)) + 1;
		expect(state.stopped).toBe(true);
		expect(logs).toHaveLength(best + PATIENCE);
		expect(mse(state.net, state.val.xs, state.val.ys)).toBeCloseTo(logs[best - 1].val, 12);
	});

	it('weight decay holds validation loss down; dropout changes the run and is seeded', () => {
		const plain = run(base).logs;
		const decayed = run({ ...base, decay: 1e-3 }).logs;
		expect(decayed.at(-1)!.val).toBeLessThan(plain.at(-1)!.val);
		const dropped = run({ ...base, dropout: 0.2, epochs: 30 }).logs;
		expect(dropped).not.toEqual(plain.slice(0, 30));
		expect(run({ ...base, dropout: 0.2, epochs: 30 }).logs).toEqual(dropped);
	});
});

describe('the double-descent sweep', () => {
	it('covers 1 … 2n one by one, then grows to 10n (capped at 400)', () => {
		const w = sweepWidths(15);
		expect(w.slice(0, 30)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
		expect(w.at(-1)).toBe(150);
		w.slice(1).forEach((p, i) => expect(p).toBeGreaterThan(w[i]));
		expect(sweepWidths(40).at(-1)).toBe(400);
	});

	it('peaks at the interpolation threshold p = n on the page’s default data', () => {
		const points = runJobNow(doubleDescentSweep, { seed: 1, n: 15, noise: 0.3 });
		const peak = points.reduce((b, q) => (q.error > b.error ? q : b));
		expect(Math.abs(peak.p - 15)).toBeLessThanOrEqual(2);
		const under = Math.min(...points.filter((q) => q.p < 15).map((q) => q.error));
		expect(points.at(-1)!.error).toBeLessThan(under);
	});
});
