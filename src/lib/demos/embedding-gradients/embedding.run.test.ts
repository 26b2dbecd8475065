import { describe, expect, it } from 'vitest';
import { embeddingRun, type TrainConfig } from './embedding.run';

function losses(config: TrainConfig): number[] {
	let state = embeddingRun.init(config);
	const logs: number[] = [];
	while (!embeddingRun.done!(state)) {
		const result = embeddingRun.step(state);
		state = result.state;
		logs.push(result.log);
	}
	return logs;
}

describe('embeddingRun', () => {
	const config = { seed: 4, lr: 0.3, window: 2, steps: 400 };

	it('replays the same losses from the same config, and others from another seed', () => {
		const a = losses(config);
		expect(a).toHaveLength(400);
		expect(losses(config)).toEqual(a);
		expect(losses({ ...config, seed: 5 })).not.toEqual(a);
	});

	it('lowers the mean loss', () => {
		const logs = losses(config);
		expect(logs[logs.length - 1]).toBeLessThan(0.6 * logs[0]);
	});

	it('views the weights and the step count', () => {
		const view = embeddingRun.view(embeddingRun.step(embeddingRun.init(config)).state);
		expect(view.t).toBe(1);
		expect(view.weights.E).toHaveLength(2 * view.weights.vocab);
	});
});
