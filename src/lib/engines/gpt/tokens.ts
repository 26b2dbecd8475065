/**
 * The tiny GPT's tokens: our byte-level BPE (math/bpe-train) learned from the training text
 * alone, so the held-out answers are encoded by a vocabulary that never saw them, and any text,
 * emoji included, still encodes (bytes are always in the vocabulary).
 */
import { createBpeCodec, type BpeCodec } from '$lib/math/bpe-codec';
import { trainByteLevelBPE, type BpeMerge } from '$lib/math/bpe-train';
import { GPT_MERGES } from './config';
import type { GptCorpus } from './corpus';

export interface GptTokens {
	merges: BpeMerge[];
	codec: BpeCodec;
	train: Int32Array;
	heldOut: Int32Array;
}

export function tokenizeCorpus(corpus: GptCorpus, merges = GPT_MERGES): GptTokens {
	const learned = trainByteLevelBPE(corpus.train, merges);
	const codec = createBpeCodec(learned);
	return {
		merges: learned,
		codec,
		train: Int32Array.from(codec.encode(corpus.train)),
		heldOut: Int32Array.from(codec.encode(corpus.heldOut))
	};
}
