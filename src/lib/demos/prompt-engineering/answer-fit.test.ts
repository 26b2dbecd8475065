import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerTexts } from '$lib/content/corpus';
import { decodeCheckpoint, HELD_OUT_QUESTIONS, nextTokenLogits } from '$lib/engines/gpt';
import { runJob } from '$lib/jobs';
import { logSoftmax } from '$lib/math/softmax';
import {
	answerLogProbs,
	askedAs,
	firstSentence,
	summarizeFit,
	trainedItems,
	type FitRow,
	type GuideItem
} from './answer-fit';
import { answerFit } from './fit.job';

const checkpoint = new Uint8Array(
	readFileSync(new URL('../../engines/gpt/checkpoints/guide-gpt.bin', import.meta.url))
);
const { weights, codec } = decodeCheckpoint(checkpoint);
const items = trainedItems({ en: answerTexts('en'), zh: answerTexts('zh') });

describe('trainedItems', () => {
	it('keeps the questions the model was trained on, in both languages', () => {
		const trained = 50 - HELD_OUT_QUESTIONS.length;
		expect(items.filter((i) => i.lang === 'en')).toHaveLength(trained);
		expect(items.filter((i) => i.lang === 'zh')).toHaveLength(trained);
		expect(items[2].title).toBe('What is the context window in LLMs, and why does it matter?');
		expect(items[2].answer.startsWith('The context window')).toBe(true);
	});
});

describe('firstSentence', () => {
	it('ends at the first full stop followed by a space, or a full-width one', () => {
		expect(firstSentence('A 3.5 model. Then more.')).toBe('A 3.5 model.');
		expect(firstSentence('分词是一步。然后')).toBe('分词是一步。');
		expect(firstSentence('no end')).toBe('no end');
	});
});

describe('askedAs', () => {
	const item: GuideItem = { lang: 'zh', title: '什么？', answer: '这样。' };
	const example: GuideItem = { lang: 'zh', title: '为何？', answer: '因为。后来' };
	it('asks bare, in the guide’s format, and after a worked example', () => {
		expect(askedAs('bare', item, example)).toBe('什么？\n');
		expect(askedAs('format', item, example)).toBe('问题：什么？\n回答：');
		expect(askedAs('example', item, example)).toBe(
			'问题：为何？\n回答：因为。\n\n问题：什么？\n回答：'
		);
	});
});

describe('answerLogProbs', () => {
	it('gives each answer token the log-probability the model gives it one step at a time', () => {
		const prompt = codec.encode('Question: What is');
		const answer = codec.encode(' the context');
		const expected = answer.map((token, k) => {
			const logits = nextTokenLogits(weights, [...prompt, ...answer.slice(0, k)]);
			return logSoftmax(Array.from(logits))[token];
		});
		answerLogProbs(weights, prompt, answer).forEach((l, k) =>
			expect(l).toBeCloseTo(expected[k], 9)
		);
	});

	it('reads an over-long prompt through the last `context` tokens only', () => {
		const { context } = weights.config;
		const answer = codec.encode(' window');
		const prompt = codec.encode('word '.repeat(context));
		const tail = prompt.slice(-(context - answer.length));
		expect(answerLogProbs(weights, prompt, answer)).toEqual(answerLogProbs(weights, tail, answer));
	});
});

describe('answerFit', () => {
	it('scores every question three ways; only prompts past the window are marked truncated', async () => {
		const some = [...items.slice(0, 2), ...items.slice(-2)];
		const { rows, context } = await runJob(answerFit, { checkpoint, items: some, answerTokens: 8 });
		expect(rows.map((r) => r.title)).toEqual(some.map((i) => i.title));
		for (const row of rows) {
			for (const format of ['bare', 'format', 'example'] as const) {
				expect(row[format].logProb).toBeLessThan(0);
				expect(row[format].truncated).toBe(row[format].promptTokens + 8 > context);
			}
			expect(row.example.promptTokens).toBeGreaterThan(row.format.promptTokens);
		}
	});
});

describe('summarizeFit', () => {
	const score = (logProb: number, truncated = false) => ({ logProb, promptTokens: 9, truncated });
	const rows: FitRow[] = [
		{ lang: 'en', title: 'x', bare: score(-3), format: score(-2), example: score(-4, true) },
		{ lang: 'en', title: 'y', bare: score(-1), format: score(-2), example: score(-1) },
		{ lang: 'zh', title: 'z', bare: score(-9), format: score(-9), example: score(-9) }
	];
	it('averages one language’s log-probabilities and counts wins and overflows', () => {
		const [bare, format, example] = summarizeFit(rows, 'en');
		expect(bare).toMatchObject({ questions: 2, logProb: -2, beatsBare: 0, truncated: 0 });
		expect(format).toMatchObject({ logProb: -2, beatsBare: 1 });
		expect(format.perToken).toBeCloseTo(Math.exp(-2), 12);
		expect(example).toMatchObject({ logProb: -2.5, beatsBare: 0, truncated: 1 });
	});
});
