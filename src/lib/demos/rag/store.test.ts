import { describe, expect, it } from 'vitest';
import { answerTexts } from '$lib/content/corpus';
import { runJobNow } from '$lib/jobs';
import { recallAtK } from '$lib/math/retrieval-metrics';
import { segmentSentences } from '$lib/math/word-segment';
import { trainWordVectors } from '$lib/math/word-vectors';
import { evaluation } from './evaluation.job';
import {
	buildStore,
	chunkAnswers,
	queryTerms,
	scoreChunks,
	splitAnswers,
	topChunks
} from './store';

const texts = { en: answerTexts('en'), zh: answerTexts('zh') };
const answers = splitAnswers(texts);
const vectors = trainWordVectors(
	[...segmentSentences(texts.en.join('\n')), ...segmentSentences(texts.zh.join('\n'))],
	{ dim: 32 }
);

describe('the RAG store', () => {
	it('keeps titles out of the answers, and chunks that together hold every word of each', () => {
		expect(answers).toHaveLength(100);
		const rag = answers.find((a) => a.question === 36 && a.lang === 'en')!;
		expect(rag.title).toBe('What are the steps in Retrieval-Augmented Generation (RAG)?');
		expect(rag.body.startsWith('RAG involves')).toBe(true);
		const chunks = chunkAnswers([rag], 8, 3);
		const seen = new Set(chunks.flatMap((c) => c.words.map((w) => w.text)));
		for (const w of rag.words) expect(seen.has(w.text)).toBe(true);
		for (const c of chunks) {
			expect(c.words.length).toBeLessThanOrEqual(8);
			for (const w of c.words) expect(c.text.slice(w.start, w.end)).toBe(w.text);
		}
	});

	it('finds Chinese chunks for a Chinese query, and the RAG answer for a RAG query', () => {
		const store = buildStore(chunkAnswers(answers, 20, 5), vectors);
		const zh = scoreChunks(store, queryTerms('检索增强生成'), vectors, 0.5);
		const top = topChunks(zh, 'bm25', 3).map((i) => store.chunks[i]);
		expect(top.length).toBeGreaterThan(0);
		for (const c of top) expect(c.lang).toBe('zh');
		expect(top[0].question).toBe(36);
		const en = scoreChunks(store, queryTerms('retrieval documents ranking'), vectors, 0.5);
		expect(store.chunks[topChunks(en, 'hybrid', 1)[0]].question).toBe(36);
	});

	it('retrieves nothing for a query without words', () => {
		const store = buildStore(chunkAnswers(answers, 20, 5), vectors);
		const none = scoreChunks(store, queryTerms('🙂 ?!'), vectors, 0.5);
		expect(topChunks(none, 'bm25', 5)).toEqual([]);
		expect(topChunks(none, 'dense', 5)).toEqual([]);
		expect(topChunks(none, 'hybrid', 5)).toEqual([]);
	});

	it('evaluates every title against its own answer', () => {
		const results = runJobNow(evaluation, {
			answers: texts,
			vectors,
			sizes: [20, 80],
			overlap: 25,
			weight: 0.5
		});
		expect(results.map((r) => r.size)).toEqual([20, 80]);
		for (const r of results) {
			for (const m of ['bm25', 'dense', 'hybrid'] as const) {
				expect(r.ranks[m].en).toHaveLength(50);
			}
			// Titles share words with their answers: BM25 finds most of them among the first five.
			expect(recallAtK(r.ranks.bm25.en, 5)).toBeGreaterThan(0.5);
		}
	});
});
