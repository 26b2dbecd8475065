import { describe, expect, it } from 'vitest';
import { forgetting, GRID, STEPS_A, type ForgettingConfig } from './forgetting.run';
import { taskData } from './tasks';

function runToEnd(config: ForgettingConfig) {
	let state = forgetting.init(config);
	const logs = [];
	while (!forgetting.done!(state)) {
		const next = forgetting.step(state);
		state = next.state;
		logs.push(next.log);
	}
	return { logs, view: forgetting.view(state) };
}
const plain: ForgettingConfig = { seed: 1, share: 0, lambda: 0, rank: 0 };
const worstAAfterSwitch = (logs: { a: number }[]) =>
	Math.min(...logs.slice(STEPS_A).map((l) => l.a));

describe('forgetting', () => {
	const { logs, view } = runToEnd(plain);

	it('learns A, then forgets it while learning B (seed 1), and replays exactly', () => {
		expect(logs).toHaveLength(500);
		expect(logs[STEPS_A - 1].a).toBeGreaterThan(0.85);
		// Before B is trained, A's rule extended to the right gets most of B wrong.
		expect(logs[STEPS_A - 1].b).toBeLessThan(0.3);
		expect(worstAAfterSwitch(logs)).toBeLessThan(0.25);
		expect(logs.at(-1)!.b).toBeGreaterThan(0.85);
		expect(logs.every((l) => l.penalty === 0)).toBe(true);
		expect(runToEnd(plain).logs).toEqual(logs);
		expect(view.regions).toHaveLength(GRID * (GRID / 2));
		expect(view.regionsA).toBeNull();
	});

	it('with rehearsal keeps most of A (seed 1, a quarter of each minibatch from A)', () => {
		const rehearsed = runToEnd({ ...plain, share: 0.25 }).logs;
		expect(rehearsed.slice(0, STEPS_A)).toEqual(logs.slice(0, STEPS_A));
		expect(rehearsed.at(-1)!.a).toBeGreaterThan(0.8);
		expect(rehearsed.at(-1)!.b).toBeGreaterThan(0.85);
	});

	it('with EWC starts B at zero penalty, and a stiff λ holds A at the price of B', () => {
		const run = runToEnd({ ...plain, lambda: 4096 });
		expect(run.logs[STEPS_A].penalty).toBe(0);
		expect(run.logs[STEPS_A + 1].penalty).toBeGreaterThan(0);
		expect(worstAAfterSwitch(run.logs)).toBeGreaterThan(0.85);
		expect(run.logs.at(-1)!.b).toBeLessThan(0.5);
		expect(run.view.fisher!.max).toBeGreaterThan(run.view.fisher!.mean);
	});

	it('with a frozen body and an adapter keeps A exactly and still learns B', () => {
		const run = runToEnd({ ...plain, rank: 2 });
		for (const l of run.logs.slice(STEPS_A)) expect(l.a).toBe(logs[STEPS_A - 1].a);
		expect(run.logs.at(-1)!.b).toBeGreaterThan(0.85);
		expect(run.view.regionsA).toHaveLength(GRID * (GRID / 2));
	});
});

describe('taskData(seed, task)', () => {
	it('puts A on the left and B on the right, with different points per seed', () => {
		const a = taskData(1, 'a').train;
		const b = taskData(1, 'b').train;
		const meanX = (xs: number[]) =>
			xs.filter((_, i) => i % 2 === 0).reduce((s, x) => s + x, 0) / (xs.length / 2);
		expect(meanX(a.xs)).toBeLessThan(-0.5);
		expect(meanX(b.xs)).toBeGreaterThan(0.5);
		expect(taskData(2, 'a').train.xs).not.toEqual(a.xs);
	});
});
