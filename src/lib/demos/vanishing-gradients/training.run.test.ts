import { describe, expect, it } from 'vitest';
import { trainedSettings } from './trained-settings';
import { training, type TrainingConfig } from './training.run';

const config: TrainingConfig = {
	depth: 10,
	width: 16,
	act: 'sigmoid',
	init: 'xavier',
	res: false,
	norm: false,
	seed: 1,
	lr: 0.1,
	twin: true,
	steps: 200
};

function run(c: TrainingConfig) {
	let state = training.init(c);
	const logs = [];
	while (!training.done!(state)) {
		const next = training.step(state);
		state = next.state;
		logs.push(next.log);
	}
	return logs;
}

describe('training', () => {
	it('trains a twin with both fixes only when asked and when the network lacks them', () => {
		expect(trainedSettings(config).map((s) => [s.res, s.norm])).toEqual([
			[false, false],
			[true, true]
		]);
		expect(trainedSettings({ ...config, twin: false })).toHaveLength(1);
		expect(trainedSettings({ ...config, res: true, norm: true })).toHaveLength(1);
	});

	it('on seed 1: the deep sigmoid stack stalls at ln 2 while its residual + layer-norm twin trains; the same config replays exactly', () => {
		const logs = run(config);
		expect(logs).toHaveLength(200);
		const end = logs.at(-1)!;
		expect(Math.abs(end.loss[0] - Math.LN2)).toBeLessThan(0.01);
		expect(end.loss[1]).toBeLessThan(0.05);
		// The stalled stack's first layer gets about 1e-7 of a gradient, the twin's about 1e-2.
		expect(logs[0].first[0]).toBeLessThan(1e-5);
		expect(logs[0].first[1]).toBeGreaterThan(1e-3);
		expect(run({ ...config, steps: 20 })).toEqual(logs.slice(0, 20));
	});
});
