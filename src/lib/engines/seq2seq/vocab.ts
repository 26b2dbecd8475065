/**
 * Token ids of the task. Source: padding (id 0), then the English words, then the Chinese
 * characters. Target: the ten digits, then one id that is both the decoder's start symbol (as
 * input) and the end of the number (as output).
 */
import { CHINESE_CHARACTERS, ENGLISH_WORDS } from './numbers';

export const PAD = 0;
export const SOURCE_TOKENS: readonly string[] = ['∅', ...ENGLISH_WORDS, ...CHINESE_CHARACTERS];
export const SOURCE_VOCAB = SOURCE_TOKENS.length;
const sourceIds = new Map(SOURCE_TOKENS.map((token, i) => [token, i]));

export const END = 10;
export const TARGET_TOKENS: readonly string[] = [...'0123456789', '<eos>'];
export const TARGET_VOCAB = TARGET_TOKENS.length;

/** The most source tokens the page reads; the task's own sources have at most 9. */
export const MAX_SOURCE = 16;
/** The most digits the decoder writes before it is stopped (a five-digit number and its end). */
export const MAX_TARGET = 6;

export function sourceId(token: string): number | undefined {
	return sourceIds.get(token);
}

export type ReadSource = {
	/** The tokens the model reads (known ones only, at most MAX_SOURCE). */
	tokens: string[];
	ids: number[];
	/** Words or characters outside the vocabulary, in order of first appearance. */
	unknown: string[];
	/** Known tokens beyond MAX_SOURCE that were left out. */
	dropped: number;
};

/**
 * A typed source as model input: Latin words (case-insensitive; spaces, hyphens and commas
 * separate them) and each CJK character on its own; anything else is reported as unknown.
 */
export function readSource(text: string): ReadSource {
	const tokens: string[] = [];
	const unknown = new Set<string>();
	let dropped = 0;
	for (const match of text.toLowerCase().matchAll(/\p{Script=Han}|[^\s,\-\p{Script=Han}]+/gu)) {
		const token = match[0];
		if (!sourceIds.has(token)) unknown.add(token);
		else if (tokens.length < MAX_SOURCE) tokens.push(token);
		else dropped++;
	}
	return { tokens, ids: tokens.map((x) => sourceIds.get(x)!), unknown: [...unknown], dropped };
}
