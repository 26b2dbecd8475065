import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runJob } from '$lib/jobs';
import { decodeCheckpoint } from '$lib/engines/gpt/checkpoint';
import { nextTokenLogits } from '$lib/engines/gpt/generate';
import { gptNext, type GptNextInput } from './gpt-next.job';
import { promptIds } from '$lib/engines/gpt/generate';
import { tokenLabels } from './gpt-prompt';

const checkpoint = new Uint8Array(
	readFileSync(new URL('../../../engines/gpt/checkpoints/guide-gpt.bin', import.meta.url))
);
const { weights, codec } = decodeCheckpoint(checkpoint);
const read = (input: Partial<GptNextInput>) =>
	runJob(gptNext, {
		checkpoint,
		prompt: 'The attention',
		steps: 0,
		temperature: 1,
		seed: 1,
		...input
	});

describe('promptIds and tokenLabels', () => {
	it('reads an empty prompt as a blank line, anything else as its tokens', () => {
		expect(promptIds(codec, '')).toEqual(codec.encode('\n\n'));
		expect(promptIds(codec, '猫 🙂')).toEqual(codec.encode('猫 🙂'));
	});

	it('labels every token, spaces marked and stray bytes in hex, never U+FFFD', () => {
		const labels = tokenLabels(codec);
		expect(labels).toHaveLength(codec.vocabSize);
		expect(labels[32]).toBe('␣');
		expect(labels[10]).toBe('⏎');
		expect(labels[0xe7]).toBe('<E7>');
		expect(labels.some((l) => l.includes('\uFFFD'))).toBe(false);
	});
});

describe('gptNext', () => {
	it('gives the logits after the prompt, with what the page says about the model', async () => {
		const out = await read({});
		expect(Array.from(out.logits)).toEqual(
			Array.from(nextTokenLogits(weights, codec.encode('The attention')))
		);
		expect(out.generated).toEqual([]);
		expect(out.labels).toEqual(tokenLabels(codec));
		expect(out.context).toBe(weights.config.context);
		expect(out.truncated).toBe(false);
		expect(out.parameters).toBeGreaterThan(100_000);
	});

	it('samples `steps` tokens from the seed, then reads after them', async () => {
		const a = await read({ steps: 3, seed: 5 });
		const b = await read({ steps: 3, seed: 5 });
		expect(a.generated).toHaveLength(3);
		expect(b.generated).toEqual(a.generated);
		const after = [...codec.encode('The attention'), ...a.generated];
		expect(Array.from(a.logits)).toEqual(Array.from(nextTokenLogits(weights, after)));
		// Greedy at T = 0: the argmax each time.
		const greedy = await read({ steps: 1, temperature: 0 });
		const first = Array.from(nextTokenLogits(weights, codec.encode('The attention')));
		expect(greedy.generated).toEqual([first.indexOf(Math.max(...first))]);
	});

	it('says when the text is longer than the context', async () => {
		const out = await read({ prompt: 'word '.repeat(100) });
		expect(out.truncated).toBe(true);
	});
});
