import { describe, expect, it } from 'vitest';
import { suggestRate } from '$lib/math/lr-range-test';
import { warmupCosine } from '$lib/math/lr-schedule';
import { fullLoss, makeMlp, moonData, trainStep } from './mlp';
import { RANGE_TEST } from './params';
import { rangeTest } from './range-test.run';
import { scheduledTraining, type ScheduleConfig } from './schedule.run';

type Run<C, S, L> = {
	init(c: C): S;
	step(s: S): { state: S; log: L };
	done?(s: S): boolean;
};
function runToEnd<C, S, L>(run: Run<C, S, L>, config: C): L[] {
	let state = run.init(config);
	const logs: L[] = [];
	while (!run.done?.(state)) {
		const next = run.step(state);
		state = next.state;
		logs.push(next.log);
	}
	return logs;
}

describe('the MLP', () => {
	it('starts the same from the same seed and learns the moons with SGD at a fixed rate', () => {
		const data = moonData(2);
		const mlp = makeMlp(2, 0.1);
		expect(fullLoss(makeMlp(2, 0.1), data)).toBe(fullLoss(mlp, data));
		const before = fullLoss(mlp, data);
		for (let t = 0; t < 300; t++) trainStep(mlp, data, 2, t, 0.1);
		expect(before).toBeGreaterThan(0.5);
		expect(fullLoss(mlp, data)).toBeLessThan(0.3);
	});
});

describe('rangeTest', () => {
	const config = { seed: 1, ...RANGE_TEST };

	it('grows the rate geometrically, stops once the loss blows up, and replays exactly', () => {
		const logs = runToEnd(rangeTest, config);
		expect(logs[0].lr).toBeCloseTo(RANGE_TEST.min, 15);
		expect(logs[1].lr / logs[0].lr).toBeCloseTo(
			(RANGE_TEST.max / RANGE_TEST.min) ** (1 / (RANGE_TEST.steps - 1)),
			12
		);
		expect(logs.length).toBeLessThan(RANGE_TEST.steps);
		expect(runToEnd(rangeTest, config)).toEqual(logs);
		const reading = suggestRate(
			logs.map((l) => l.lr),
			logs.map((l) => l.loss)
		);
		// On seed 1 the smoothed loss falls from about 0.7 to below 0.25 before it blows up past lr = 1.
		expect(reading.smoothed[0]).toBeGreaterThan(0.6);
		expect(reading.smoothed[reading.lowest]).toBeLessThan(0.25);
		expect(logs[reading.lowest].lr).toBeGreaterThan(0.1);
		expect(logs.at(-1)!.lr).toBeGreaterThan(1);
		expect(reading.lr).toBeLessThan(logs[reading.lowest].lr);
	});
});

describe('scheduledTraining', () => {
	const config: ScheduleConfig = { seed: 1, peak: 0.5, warmup: 30, decay: true, steps: 300 };

	it('applies warm-up + cosine; on seed 1 it ends far below the constant rate', () => {
		const logs = runToEnd(scheduledTraining, config);
		expect(logs).toHaveLength(300);
		logs.forEach((l, t) => expect(l.lr).toBe(warmupCosine(t, { ...config, total: 300 })));
		expect(logs.at(-1)!.scheduled).toBeLessThan(0.02);
		expect(logs.at(-1)!.constant).toBeGreaterThan(0.1);
	});

	it('is the constant run itself when there is no warm-up and no decay', () => {
		const logs = runToEnd(scheduledTraining, { ...config, warmup: 0, decay: false, steps: 40 });
		logs.forEach((l) => expect(l.scheduled).toBe(l.constant));
	});
});
