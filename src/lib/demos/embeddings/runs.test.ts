import { describe, expect, it } from 'vitest';
import { openRun } from '$lib/jobs';
import { buildCorpus } from './corpus';
import { CENTRES_PER_STEP, sgnsTraining, type SgnsConfig, type SgnsLog } from './sgns.run';

const text = [
	'the cat chased the mouse',
	'the dog chased the mouse',
	'the cat sleeps all day',
	'the dog sleeps all day',
	'markets sold stock at noon',
	'traders bought stock at noon'
];
const corpus = buildCorpus(
	Array.from({ length: 20 }, (_, i) => text[i % text.length].split(' ')),
	1
);
const config: SgnsConfig = {
	sentences: corpus.sentences,
	counts: corpus.counts,
	seed: 3,
	dim: 8,
	window: 2,
	negatives: 3,
	lr: 0.1,
	epochs: 60,
	subsample: 0
};

function run(c: SgnsConfig, steps: number) {
	let state = sgnsTraining.init(c);
	const logs: SgnsLog[] = [];
	for (let i = 0; i < steps && !sgnsTraining.done!(state); i++) {
		const r = sgnsTraining.step(state);
		state = r.state;
		logs.push(r.log);
	}
	return { state, logs };
}

describe('sgnsTraining', () => {
	it('is deterministic: the same config logs the same losses, step for step', () => {
		expect(run(config, 40).logs).toEqual(run(config, 40).logs);
		expect(run({ ...config, seed: 4 }, 40).logs).not.toEqual(run(config, 40).logs);
	});
	it('walks the corpus in epochs of whole steps, and the loss falls from (k + 1)·log 2', () => {
		const tokens = corpus.sentences.flat().length;
		const { state, logs } = run(config, 10_000);
		expect(state.epoch).toBe(60);
		expect(logs.length).toBe(60 * Math.ceil(tokens / CENTRES_PER_STEP));
		expect(logs[0].loss).toBeCloseTo(4 * Math.LN2, 1);
		expect(logs.at(-1)!.loss).toBeLessThan(0.6 * logs[0].loss);
		expect(logs.at(-1)!.lr).toBeLessThan(0.1 * config.lr);
	});
	it('shows the vectors and a vocab × 2 plane', () => {
		const { state } = run(config, 5);
		const view = sgnsTraining.view(state);
		expect(view.vectors.length).toBe(corpus.words.length * 8);
		expect(view.plane.length).toBe(corpus.words.length * 2);
		expect([...view.plane].every(Number.isFinite)).toBe(true);
	});
	it('runs through the job runner on the page the same way', async () => {
		const logs: SgnsLog[] = [];
		await new Promise<void>((resolve, reject) => {
			const client = openRun(sgnsTraining, {
				onUpdate: (u) => {
					logs.push(...(u.logs as SgnsLog[]));
					if (u.status === 'finished') {
						client.close();
						resolve();
					}
				},
				onError: reject
			});
			client.start({ ...config, epochs: 3 });
			client.play();
		});
		expect(logs).toEqual(run({ ...config, epochs: 3 }, 1000).logs);
	});
});
