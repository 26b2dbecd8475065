import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openRun } from '$lib/jobs';
import { fakeWorker } from '$lib/jobs/test-fixtures';
import { numericalGradient, Tensor } from '$lib/math/autodiff';
import { klDivergence } from '$lib/math/information';
import { gaussianFit, klLoss, type FitConfig, type FitLog, type FitView } from './fit.run';
import { gaussianLogProbs, GRID, mixtureLogProbs, moments, startOf } from './gaussian-fit';

const probs = (logs: number[]) => logs.map((l) => Math.exp(l));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('mixtureLogProbs and gaussianLogProbs', () => {
	it('are distributions on the grid; an even mixture is symmetric with peaks at ±d/2', () => {
		const p = probs(mixtureLogProbs(4, 0.5));
		expect(sum(p)).toBeCloseTo(1, 12);
		p.forEach((pi, i) => expect(pi).toBeCloseTo(p[p.length - 1 - i], 12));
		const peak = p.indexOf(Math.max(...p));
		expect(Math.abs(GRID[peak])).toBeCloseTo(2, 5);
		expect(sum(probs(gaussianLogProbs(0.3, 1.2)))).toBeCloseTo(1, 12);
		expect(moments(gaussianLogProbs(0.3, 1.2)).mean).toBeCloseTo(0.3, 6);
		expect(moments(gaussianLogProbs(0.3, 1.2)).sd).toBeCloseTo(1.2, 3);
	});
});

describe('klLoss', () => {
	const params = fc.record({
		mu: fc.double({ min: -3, max: 3, noNaN: true }),
		sigma: fc.double({ min: 0.4, max: 3, noNaN: true }),
		separation: fc.double({ min: 0, max: 6, noNaN: true }),
		weight: fc.double({ min: 0.2, max: 0.8, noNaN: true })
	});

	it('equals information.klDivergence (bits × ln 2) in both directions', () => {
		fc.assert(
			fc.property(params, ({ mu, sigma, separation, weight }) => {
				const logP = mixtureLogProbs(separation, weight);
				const m = Tensor.scalar(mu);
				const s = Tensor.scalar(Math.log(sigma));
				const p = probs(logP);
				const q = probs(gaussianLogProbs(mu, sigma));
				expect(klLoss('forward', logP, m, s).item()).toBeCloseTo(klDivergence(p, q) * Math.LN2, 8);
				expect(klLoss('reverse', logP, m, s).item()).toBeCloseTo(klDivergence(q, p) * Math.LN2, 8);
			}),
			{ numRuns: 30 }
		);
	});

	it('has gradients in μ and log σ equal to central finite differences', () => {
		fc.assert(
			fc.property(params, fc.constantFrom('forward', 'reverse' as const), (c, direction) => {
				const logP = mixtureLogProbs(c.separation, c.weight);
				const mu = Tensor.scalar(c.mu, { requiresGrad: true });
				const logSigma = Tensor.scalar(Math.log(c.sigma), { requiresGrad: true });
				klLoss(direction, logP, mu, logSigma).backward();
				const f = () => klLoss(direction, logP, mu, logSigma);
				expect(mu.grad![0]).toBeCloseTo(numericalGradient(f, mu)[0], 6);
				expect(logSigma.grad![0]).toBeCloseTo(numericalGradient(f, logSigma)[0], 6);
			}),
			{ numRuns: 30 }
		);
	});
});

describe('gaussianFit', () => {
	const config: FitConfig = { seed: 1, lr: 0.05, separation: 5, weight: 0.5, steps: 400 };
	const run = (c: FitConfig) => {
		let state = gaussianFit.init(c);
		const logs = [];
		while (!gaussianFit.done!(state)) {
			const result = gaussianFit.step(state);
			state = result.state;
			logs.push(result.log);
		}
		return { view: gaussianFit.view(state), logs };
	};

	it('forward KL covers both peaks (moment matching); reverse KL settles on one', () => {
		const { view, logs } = run(config);
		const target = moments(mixtureLogProbs(5, 0.5));
		const forward = moments(gaussianLogProbs(view.forward.mu, view.forward.sigma));
		expect(forward.mean).toBeCloseTo(target.mean, 1);
		expect(forward.sd).toBeCloseTo(target.sd, 1);
		expect(view.forward.sigma).toBeGreaterThan(2.4);
		expect(Math.abs(Math.abs(view.reverse.mu) - 2.5)).toBeLessThan(0.1);
		expect(Math.abs(view.reverse.sigma - 0.7)).toBeLessThan(0.1);
		// Both losses fell from where they started.
		expect(logs.at(-1)!.forward).toBeLessThan(logs[0].forward);
		expect(logs.at(-1)!.reverse).toBeLessThan(logs[0].reverse);
	});

	it('is deterministic for a seed, and the seed picks the start', () => {
		const short = { ...config, steps: 20 };
		expect(run(short).logs).toEqual(run(short).logs);
		expect(startOf(1)).not.toEqual(startOf(2));
	});

	it('runs through the worker protocol to the same end as stepping it here', async () => {
		const short = { ...config, steps: 60 };
		let last: { view: FitView; status: string } | undefined;
		let logs: FitLog[] = [];
		const client = openRun(gaussianFit, {
			worker: () => fakeWorker(gaussianFit),
			onUpdate(update) {
				last = update;
				logs = update.fresh ? [...update.logs] : logs.concat(update.logs);
			},
			onError: (message) => {
				throw new Error(message);
			}
		});
		client.start(short);
		client.play();
		const end = performance.now() + 10_000;
		while (last?.status !== 'finished' && performance.now() < end) {
			await new Promise((resolve) => setTimeout(resolve, 5));
		}
		client.close();
		const here = run(short);
		expect(last?.view).toEqual(here.view);
		expect(logs).toEqual(here.logs);
	});
});
