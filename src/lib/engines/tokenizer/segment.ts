import type { StepwiseEncoding } from '$lib/math/bpe';
import { encodeUtf8 } from '$lib/math/utf8';
import { splitWordTokens, wordId, type WordVocab } from './word-vocab';

/**
 * A token as a chip shows it: its id and bytes; `unknown` for a word outside the vocabulary.
 * `at` tells tokens apart (a byte offset for byte-level tokens, else the index), so that a merge
 * redraws only the chips it changes.
 */
export type ShownToken = { id: number; bytes: Uint8Array; unknown: boolean; at: number };

/** A text cut into tokens: how many, and the first few to draw. */
export type Segmentation = { count: number; shown: ShownToken[]; unknown: number };

/** A character's UTF-8 bytes, one shared array per code point (its label is then reused). */
const charBytes = sharedBytes((codePoint) => encodeUtf8(String.fromCodePoint(codePoint)));

/** One token per Unicode code point; the id is the code point. */
export function byCharacters(text: string, limit: number): Segmentation {
	const chars = Array.from(text);
	const shown = chars.slice(0, limit).map((ch, at) => {
		const id = ch.codePointAt(0) as number;
		return { id, bytes: charBytes(id), unknown: false, at };
	});
	return { count: chars.length, shown, unknown: 0 };
}

/** Words and symbols looked up in a word vocabulary; unknown ones get id 0, [UNK]. */
export function byWords(text: string, vocab: WordVocab, limit: number): Segmentation {
	const words = splitWordTokens(text);
	let unknown = 0;
	const ids = words.map((word) => {
		const id = wordId(vocab, word);
		if (id === 0) unknown++;
		return id;
	});
	const shown = words
		.slice(0, limit)
		.map((word, at) => ({ id: ids[at], bytes: encodeUtf8(word), unknown: ids[at] === 0, at }));
	return { count: words.length, shown, unknown };
}

/**
 * Token ids from a byte-level tokenizer, with the bytes each stands for and where it starts
 * (counting from `start`, the byte offset of the first token).
 */
export function byIds(
	ids: readonly number[],
	bytesOf: (id: number) => Uint8Array,
	limit: number,
	start = 0
): Segmentation {
	let at = start;
	const shown = ids.slice(0, limit).map((id) => {
		const bytes = bytesOf(id);
		const token = { id, bytes, unknown: false, at };
		at += bytes.length;
		return token;
	});
	return { count: ids.length, shown, unknown: 0 };
}

/**
 * bytesOf handing out one array per id, made on first use (callers must not change it): a token's
 * label is then worked out once, however often it is drawn (see rememberedLabelPieces).
 */
export function sharedBytes(bytesOf: (id: number) => Uint8Array): (id: number) => Uint8Array {
	const known = new Map<number, Uint8Array>();
	return (id) => {
		let bytes = known.get(id);
		if (!bytes) {
			bytes = bytesOf(id);
			known.set(id, bytes);
		}
		return bytes;
	};
}

/** A byte-level encoding after its first k merges, spelled with `bytesOf` like byIds. */
export function byStep(
	stepwise: StepwiseEncoding,
	k: number,
	bytesOf: (id: number) => Uint8Array,
	limit: number
): Segmentation {
	const shown = stepwise
		.tokens(k, limit)
		.map(({ id, at }) => ({ id, bytes: bytesOf(id), unknown: false, at }));
	return { count: stepwise.length(k), shown, unknown: 0 };
}

/** At most `max` UTF-16 units of `text`, never ending inside a surrogate pair. */
export function clipText(text: string, max: number): string {
	if (text.length <= max) return text;
	const code = text.charCodeAt(max - 1);
	return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
