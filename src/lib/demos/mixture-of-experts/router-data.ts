/** The training tokens of the router: words of the guide's answers, labelled with their topic. */
import type { GuideSentence } from '$lib/content/guide-sentences';
import { questions, topics } from '$lib/content/registry';
import { segmentText } from '$lib/math/word-segment';
import { createRng } from '$lib/math/rng';
import type { WordVectors } from '$lib/math/word-vectors';

export interface RouterData {
	/** Tokens × word-vector width, one row per token (row-major). */
	x: Float64Array;
	dim: number;
	/** The topic (index into `topics`) of the answer each token comes from. */
	labels: number[];
	words: string[];
}

const topicOf = new Map(questions.map((q) => [q.number, topics.indexOf(q.topic)]));

/**
 * `size` word occurrences drawn (seeded, without replacement) from the answers' sentences, each
 * with its word vector and the topic of its question. Words without a vector are skipped.
 */
export function routerData(
	sentences: readonly GuideSentence[],
	vectors: WordVectors,
	size: number,
	seed: number
): RouterData {
	const pool: { word: string; label: number }[] = [];
	for (const s of sentences) {
		if (s.title) continue;
		const label = topicOf.get(s.question) ?? 0;
		for (const seg of segmentText(s.text.toLowerCase())) {
			if (seg.word && vectors.index.has(seg.text)) pool.push({ word: seg.text, label });
		}
	}
	const rng = createRng(seed);
	for (let i = pool.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[pool[i], pool[j]] = [pool[j], pool[i]];
	}
	const picked = pool.slice(0, size);
	const dim = vectors.vectors[0]?.length ?? 0;
	return {
		x: Float64Array.from(picked.flatMap((p) => vectors.vectors[vectors.index.get(p.word)!])),
		dim,
		labels: picked.map((p) => p.label),
		words: picked.map((p) => p.word)
	};
}
