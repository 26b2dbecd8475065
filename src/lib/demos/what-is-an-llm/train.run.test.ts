import { describe, expect, it } from 'vitest';
import { SAMPLE_EVERY, TOKENS_PER_STEP, trainParameters, type TrainConfig } from './shape';
import { gptTraining, type TrainLog } from './train.run';

const SMALL: TrainConfig = { seed: 3, layers: 1, width: 16, heads: 2, context: 16, steps: 100 };

function firstLogs(config: TrainConfig, steps: number): TrainLog[] {
	let state = gptTraining.init(config);
	const logs: TrainLog[] = [];
	for (let i = 0; i < steps; i++) {
		const result = gptTraining.step(state);
		state = result.state;
		logs.push(result.log);
	}
	return logs;
}

describe('gptTraining', () => {
	it('gives the same first losses for the same config, and others for another seed', () => {
		const a = firstLogs(SMALL, 3);
		expect(firstLogs(SMALL, 3)).toEqual(a);
		expect(firstLogs({ ...SMALL, seed: 4 }, 3)).not.toEqual(a);
		for (const log of a) expect(log.loss).toBeGreaterThan(0);
	});

	it(`takes the held-out loss, a sample and the attention every ${SAMPLE_EVERY} steps`, () => {
		const state = gptTraining.init(SMALL);
		const view = gptTraining.view(state);
		expect(view.start.heldOut).toBeGreaterThan(0);
		expect(view.attention.question.layers).toHaveLength(1);
		const t = view.attention.question.tokens.length;
		expect(t).toBeGreaterThan(1);
		expect(view.attention.question.layers[0]).toHaveLength(2 * t * t);
		const logs = firstLogs(SMALL, SAMPLE_EVERY);
		expect(logs.slice(0, -1).every((log) => log.sample === undefined)).toBe(true);
		expect(logs.at(-1)!.sample).toEqual(expect.any(String));
		expect(logs.at(-1)!.heldOut).toBeGreaterThan(0);
	});

	it(`takes ${TOKENS_PER_STEP} tokens a step unless the config sets another batch`, () => {
		expect(gptTraining.init(SMALL).trainer.tokensPerStep).toBe(TOKENS_PER_STEP);
		// 512 tokens in sequences of the context, 16: a batch of 32.
		expect(gptTraining.init({ ...SMALL, tokensPerStep: 512 }).trainer.tokensPerStep).toBe(512);
	});

	it('counts the parameters of the shape with the guide’s 512-token vocabulary', () => {
		// 512·64 + 64·64 embeddings, 2 × 49,984 per layer, 128 for the final layer norm.
		expect(trainParameters({ context: 64, layers: 2, width: 64, heads: 4 })).toBe(136_960);
	});
});
