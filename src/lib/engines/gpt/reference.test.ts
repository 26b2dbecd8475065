/**
 * The committed checkpoint against its committed log: the file decodes, its tokenizer is the one
 * the training text gives, and its held-out loss, measured again here, is the one it recorded
 * and the log printed. A checkpoint left stale by a change to the model or the corpus fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerTexts } from '$lib/content/corpus';
import { decodeCheckpoint } from './checkpoint';
import { REFERENCE_SHAPE } from './config';
import { evaluateLoss } from './trainer';
import { splitCorpus } from './corpus';
import { tokenizeCorpus } from './tokens';

const read = (name: string) => readFileSync(new URL(`./checkpoints/${name}`, import.meta.url));

describe('the shipped checkpoint', () => {
	const checkpoint = decodeCheckpoint(new Uint8Array(read('guide-gpt.bin')));
	const log = read('guide-gpt.txt').toString('utf8');

	it('is the reference shape, under 1 MB, made by the command its log starts with', () => {
		const { config } = checkpoint.weights;
		expect({
			context: config.context,
			layers: config.layers,
			dModel: config.dModel,
			heads: config.heads
		}).toEqual(REFERENCE_SHAPE);
		expect(read('guide-gpt.bin').byteLength).toBeLessThan(1_000_000);
		const { seed, steps } = checkpoint.training;
		expect(log.split('\n')[0]).toBe(
			`$ npm run train -- --steps ${steps} --seed ${seed} --out src/lib/engines/gpt/checkpoints/guide-gpt.bin`
		);
		expect(log).toContain(`\nstep ${steps} loss `);
	});

	it('scores the held-out answers as it recorded and as the log printed', () => {
		const tokens = tokenizeCorpus(splitCorpus({ en: answerTexts('en'), zh: answerTexts('zh') }));
		expect(checkpoint.merges.map((m) => m.pair)).toEqual(tokens.merges.map((m) => m.pair));
		const loss = evaluateLoss(checkpoint.weights, tokens.heldOut);
		expect(loss).toBeCloseTo(checkpoint.training.heldOutLoss, 9);
		expect(log).toContain(`held-out loss ${loss.toFixed(6)} over ${tokens.heldOut.length} tokens`);
	});
});
