import { describe, expect, it } from 'vitest';
import { createBpeCodec } from '$lib/math/bpe-codec';
import { trainByteLevelBPE } from '$lib/math/bpe-train';
import type { GptConfig } from './config';
import { decodeCheckpoint, encodeCheckpoint, roundToStored } from './checkpoint';
import { formatDocument, splitCorpus } from './corpus';
import { generate } from './generate';
import { gptParameters, initGpt } from './model';
import { evaluateLoss, GptTrainer } from './trainer';

const text = 'the cat sat on the mat. the dog sat on the log. '.repeat(6);
const merges = trainByteLevelBPE(text, 20);
const codec = createBpeCodec(merges);
const tokens = codec.encode(text);
const config: GptConfig = {
	vocabSize: codec.vocabSize,
	context: 16,
	layers: 1,
	dModel: 16,
	heads: 2
};
const options = { batch: 4, sequence: 16, lr: 1e-2, warmup: 5 };

describe('training the tiny GPT', () => {
	it('gives the same losses, step for step, from the same seed, and others from another', () => {
		const run = (seed: number) => {
			const trainer = new GptTrainer(initGpt(config, seed), tokens, seed, options);
			return Array.from({ length: 5 }, () => trainer.step());
		};
		expect(run(7)).toEqual(run(7));
		expect(run(8)).not.toEqual(run(7));
	});

	it('learns a repetitive text: the loss falls below a tenth of where it started within 150 steps', () => {
		const weights = initGpt(config, 1);
		const trainer = new GptTrainer(weights, tokens, 1, options);
		const start = evaluateLoss(weights, tokens);
		for (let i = 0; i < 150; i++) trainer.step();
		const end = evaluateLoss(weights, tokens);
		expect(start).toBeCloseTo(Math.log(config.vocabSize), 0);
		expect(end).toBeLessThan(start / 10);
		// Greedy decoding then continues the text it memorised, from a prompt that ends on a token
		// boundary of the training text (a prompt cut inside a token reads as other tokens).
		const prompt = codec.decode(tokens.slice(0, 15));
		expect(codec.encode(prompt)).toEqual(tokens.slice(0, 15));
		const { text: continued } = generate(weights, codec, prompt, {
			maxTokens: 8,
			seed: 1,
			temperature: 0
		});
		expect(continued.length).toBeGreaterThan(8);
		expect(text).toContain(prompt + continued);
	});

	it('stores a model in a checkpoint and reads it back exactly (as stored: a byte per weight, a scale per row)', () => {
		const weights = roundToStored(initGpt(config, 4));
		const bytes = encodeCheckpoint(weights, merges, { seed: 4, steps: 0, heldOutLoss: 1.5 });
		const back = decodeCheckpoint(bytes);
		expect(back.training).toEqual({ seed: 4, steps: 0, heldOutLoss: 1.5 });
		expect(back.weights.config).toEqual(config);
		expect(back.merges).toEqual(merges);
		expect(evaluateLoss(back.weights, tokens)).toBe(evaluateLoss(weights, tokens));
		expect(back.codec.encode(text)).toEqual(tokens);
		expect(() => decodeCheckpoint(bytes.subarray(0, bytes.length - 4))).toThrow(/not as long/);
		expect(() => decodeCheckpoint(new Uint8Array([9, 0, 0, 0, 1, 2]))).toThrow(/not a tiny-gpt/);
	});

	it('stores each row as bytes of 1/127 of its largest magnitude, which it keeps; rounding twice is rounding once', () => {
		const weights = initGpt(config, 7);
		const before = gptParameters(weights).map((p) => Float64Array.from(p.data));
		roundToStored(weights);
		gptParameters(weights).forEach((p, k) => {
			const length = p.shape.length === 2 ? p.shape[1] : p.size;
			for (let start = 0; start < p.size; start += length) {
				const row = before[k].subarray(start, start + length);
				const max = Math.max(...row.map(Math.abs));
				const step = max / 127;
				row.forEach((w, j) => {
					const stored = p.data[start + j];
					expect(Math.abs(stored - w)).toBeLessThanOrEqual(step / 2 + 1e-7 * max);
					const byte = step === 0 ? 0 : stored / Math.fround(step);
					expect(Math.abs(byte - Math.round(byte))).toBeLessThan(1e-6);
				});
				expect(Math.max(...p.data.subarray(start, start + length).map(Math.abs))).toBeCloseTo(
					max,
					6
				);
			}
		});
		const once = gptParameters(weights).map((p) => Array.from(p.data));
		roundToStored(weights);
		expect(gptParameters(weights).map((p) => Array.from(p.data))).toEqual(once);
		// A byte per weight and a float32 scale per row, beside the header.
		const bytes = encodeCheckpoint(weights, merges, { seed: 7, steps: 0, heldOutLoss: 0 });
		const rows = gptParameters(weights).reduce(
			(n, p) => n + (p.shape.length === 2 ? p.shape[0] : 1),
			0
		);
		const payload = gptParameters(weights).reduce((n, p) => n + p.size, 0) + 4 * rows;
		expect(bytes.length - payload).toBeLessThan(2000);
	});
});

describe('the corpus', () => {
	it('formats answers as questions and answers, and holds out whole questions in both languages', () => {
		expect(formatDocument('What is X?\n\nX is a thing.\nIt is.', 'en')).toBe(
			'Question: What is X?\nAnswer: X is a thing.\nIt is.'
		);
		expect(formatDocument('什么是 X？\n\nX 是一个东西。', 'zh')).toBe(
			'问题：什么是 X？\n回答：X 是一个东西。'
		);
		const answers = Array.from({ length: 50 }, (_, i) => `Q${i + 1}?\n\nA${i + 1}.`);
		const { train, heldOut } = splitCorpus({ en: answers, zh: answers });
		expect(heldOut).toContain('Question: Q5?\nAnswer: A5.');
		expect(heldOut).toContain('问题：Q45?\n回答：A45.');
		expect(train).not.toContain('Q5?');
		expect(train).toContain('Question: Q4?');
		expect(train.split('\n\n')).toHaveLength(90);
	});
});
