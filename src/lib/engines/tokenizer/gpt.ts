/**
 * OpenAI's tokenizers through the gpt-tokenizer package. Each encoding is megabytes of merge
 * ranks, so it is imported only when the reader asks for it, once, as a chunk of its own.
 */
import { encodeUtf8 } from '$lib/math/utf8';

export const GPT_NAMES = ['r50k', 'cl100k', 'o200k'] as const;
export type GptName = (typeof GPT_NAMES)[number];
/** Also loadable: p50k_base, GPT-3's later text-davinci models (r50k plus runs of spaces). */
export type GptEncodingName = GptName | 'p50k';

export interface GptTokenizer {
	name: GptEncodingName;
	/** Every id, special tokens included. */
	vocabSize: number;
	/** The ids of a text (the last result is kept: callers must not change the array). */
	encode(text: string): readonly number[];
	/** The bytes a token stands for (a byte-level token may hold part of a character). */
	bytesOf(id: number): Uint8Array;
}

type EncodingModule = {
	encode: (text: string, options?: { disallowedSpecial?: Set<string> }) => number[];
	vocabularySize: number;
};
type RanksModule = { default: (string | number[])[] };

// Literal specifiers, so that the bundler makes one chunk per encoding. The ranks module is the
// one the encoding itself imports: asking for it costs nothing more.
const loaders: Record<GptEncodingName, () => Promise<[EncodingModule, RanksModule]>> = {
	r50k: () =>
		Promise.all([
			import('gpt-tokenizer/encoding/r50k_base'),
			import('gpt-tokenizer/bpeRanks/r50k_base')
		]),
	p50k: () =>
		Promise.all([
			import('gpt-tokenizer/encoding/p50k_base'),
			import('gpt-tokenizer/bpeRanks/p50k_base')
		]),
	cl100k: () =>
		Promise.all([
			import('gpt-tokenizer/encoding/cl100k_base'),
			import('gpt-tokenizer/bpeRanks/cl100k_base')
		]),
	o200k: () =>
		Promise.all([
			import('gpt-tokenizer/encoding/o200k_base'),
			import('gpt-tokenizer/bpeRanks/o200k_base')
		])
};

// Text like "<|endoftext|>" is read as plain text, not as a special token (nor an error).
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

function tokenizer(
	name: GptEncodingName,
	encoding: EncodingModule,
	ranks: RanksModule
): GptTokenizer {
	const table = ranks.default;
	const bytes = new Map<number, Uint8Array>();
	// A panel and the counts table ask for the same text: encode it once.
	let lastText: string | undefined;
	let lastIds: readonly number[] = [];
	return {
		name,
		vocabSize: encoding.vocabularySize,
		encode: (text) => {
			if (text !== lastText) {
				lastIds = encoding.encode(text, PLAIN_TEXT);
				lastText = text;
			}
			return lastIds;
		},
		bytesOf: (id) => {
			let known = bytes.get(id);
			if (!known) {
				const entry = table[id];
				known =
					typeof entry === 'string'
						? encodeUtf8(entry)
						: Uint8Array.from(entry ?? encodeUtf8(`<${id}>`));
				bytes.set(id, known);
			}
			return known;
		}
	};
}

const cache = new Map<GptEncodingName, Promise<GptTokenizer>>();

/** The tokenizer, imported on first call; a failed import is forgotten so it can be retried. */
export function loadGpt(name: GptEncodingName): Promise<GptTokenizer> {
	let promise = cache.get(name);
	if (!promise) {
		promise = loaders[name]().then(([encoding, ranks]) => tokenizer(name, encoding, ranks));
		promise.catch(() => cache.delete(name));
		cache.set(name, promise);
	}
	return promise;
}
