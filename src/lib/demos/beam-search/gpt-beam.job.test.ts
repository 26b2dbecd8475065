import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runJob } from '$lib/jobs';
import { decodeCheckpoint } from '$lib/engines/gpt/checkpoint';
import { nextTokenLogits } from '$lib/engines/gpt/generate';
import { logSoftmax } from '$lib/math/softmax';
import { gptBeam } from './gpt-beam.job';
import { runSearch } from './decode';

const checkpoint = new Uint8Array(
	readFileSync(new URL('../../engines/gpt/checkpoints/guide-gpt.bin', import.meta.url))
);
const { weights, codec } = decodeCheckpoint(checkpoint);

describe('gptBeam', () => {
	it('is beam search and greedy decoding on the model after the prompt, with no end token', async () => {
		const input = { checkpoint, prompt: 'Beam search', width: 2, steps: 3, alpha: 0.5 };
		const out = await runJob(gptBeam, input);
		const prompt = codec.encode('Beam search');
		const next = (prefix: number[]) =>
			logSoftmax(Array.from(nextTokenLogits(weights, [...prompt, ...prefix])));
		const expected = runSearch(next, { beamWidth: 2, maxSteps: 3, lengthPenalty: 0.5 });
		expect(out.sequences).toEqual(expected.sequences);
		expect(out.greedy).toEqual(expected.greedy);
		expect(out.steps).toHaveLength(3);
		expect(out.sequences.every((s) => s.tokens.length === 3)).toBe(true);
		expect(out.labels).toHaveLength(codec.vocabSize);
		expect(out.truncated).toBe(false);
	});
});
