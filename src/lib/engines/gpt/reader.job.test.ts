import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runJob } from '$lib/jobs';
import { softmaxFloat64 } from '$lib/math/softmax';
import { decodeCheckpoint } from './checkpoint';
import { nextTokenLogits } from './generate';
import { gptReader, type GptReadingInput } from './reader.job';

const checkpoint = new Uint8Array(
	readFileSync(new URL('./checkpoints/guide-gpt.bin', import.meta.url))
);
const { weights, codec } = decodeCheckpoint(checkpoint);
const read = (input: Partial<GptReadingInput>) =>
	runJob(gptReader, {
		checkpoint,
		prompts: ['Question: What is'],
		maxTokens: 8,
		seed: 1,
		sampling: { temperature: 1 },
		...input
	});

describe('gptReader', () => {
	it('gives the model’s next-token distribution and a continuation of the asked length', async () => {
		const { readings, context } = await read({});
		expect(context).toBe(weights.config.context);
		const [reading] = readings;
		expect(reading.ids).toEqual(codec.encode('Question: What is'));
		const expected = softmaxFloat64(nextTokenLogits(weights, reading.ids));
		expect(Array.from(reading.next)).toEqual(Array.from(expected));
		expect(reading.continuation.ids).toHaveLength(8);
		expect(reading.continuation.text).toBe(codec.decode(reading.continuation.ids));
		expect(reading.truncated).toBe(false);
	});

	it('continues the same way from the same seed, and greedily as the argmax says', async () => {
		const a = await read({ seed: 7 });
		const b = await read({ seed: 7 });
		expect(b.readings[0].continuation).toEqual(a.readings[0].continuation);
		const greedy = await read({ maxTokens: 1, sampling: { temperature: 0 } });
		const next = greedy.readings[0].next;
		expect(greedy.readings[0].continuation.ids[0]).toBe(next.indexOf(Math.max(...next)));
	});

	it('reads an empty prompt, unseen characters, and says when a prompt exceeds the context', async () => {
		const long = 'the model '.repeat(200);
		const { readings } = await read({ prompts: ['', '🦜 鹦鹉', long], maxTokens: 2 });
		expect(readings.map((r) => r.truncated)).toEqual([false, false, true]);
		expect(readings[0].ids).toEqual([]);
		expect(codec.decode(readings[1].ids)).toBe('🦜 鹦鹉');
		for (const r of readings) expect(r.next.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
	});
});
