import { describe, expect, it } from 'vitest';
import { noGrad } from '$lib/math/autodiff';
import { loadBalancingLoss, routeTokens } from '$lib/math/moe-routing';
import { createRng, randomNormal } from '$lib/math/rng';
import { gateLogits, seededGate } from './gate';
import { lossOf, routerTraining, type RouterConfig } from './router.run';

/** 200 unit vectors in 8 dimensions, most of them near one direction (like frequent words). */
function syntheticConfig(overrides: Partial<RouterConfig> = {}): RouterConfig {
	const rng = createRng(5);
	const dim = 8;
	const rows: number[][] = [];
	const labels: number[] = [];
	for (let i = 0; i < 200; i++) {
		const v = Array.from(
			{ length: dim },
			(_, d) => randomNormal(rng) + (i % 3 === 0 ? 0 : d === 0 ? 3 : 0)
		);
		const n = Math.hypot(...v);
		rows.push(v.map((x) => x / n));
		labels.push(i % 4);
	}
	return {
		x: Float64Array.from(rows.flat()),
		dim,
		labels,
		classes: 4,
		experts: 4,
		k: 1,
		alpha: 0.5,
		seed: 3,
		steps: 60,
		batch: 64,
		lr: 0.05,
		...overrides
	};
}

describe('routerTraining', () => {
	it('trains on the Switch loss: the graph’s auxiliary term equals loadBalancingLoss', () => {
		for (const k of [1, 2]) {
			const config = syntheticConfig({ k });
			const state = routerTraining.init(config);
			const rows = Array.from({ length: 40 }, (_, i) => i * 5);
			const { aux } = noGrad(() => lossOf(state.models.plain, config, rows, config.alpha));
			const x = rows.map((r) =>
				Array.from(config.x.subarray(r * config.dim, (r + 1) * config.dim))
			);
			const routing = routeTokens(gateLogits(x, seededGate(config.dim, 4, config.seed), 4), k);
			const expected = loadBalancingLoss(routing.gates, routing.experts, config.alpha).loss;
			expect(aux.item()).toBeCloseTo(expected, 12);
		}
	});

	it('gives the same logs for the same config, and the balancing term evens the load out', () => {
		const config = syntheticConfig();
		const run = () => {
			let state = routerTraining.init(config);
			const logs = [];
			while (!routerTraining.done!(state)) {
				const next = routerTraining.step(state);
				state = next.state;
				logs.push(next.log);
			}
			return { logs, view: routerTraining.view!(state) };
		};
		const a = run();
		expect(run().logs).toEqual(a.logs);
		const first = a.logs[0];
		const last = a.logs.at(-1)!;
		expect(last.balanced.busiest).toBeLessThan(first.balanced.busiest);
		expect(last.balanced.busiest).toBeLessThan(last.plain.busiest);
		expect(last.plain.task).toBeLessThan(first.plain.task);
		expect(a.view.plain.load.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
	});
});
