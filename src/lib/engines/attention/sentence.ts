import { segmentText } from '$lib/math/word-segment';

/** The most tokens any attention demo draws: a 256 × 256 matrix is 65,536 cells per head. */
export const MAX_TOKENS = 256;
/** Up to this many tokens a matrix is drawn as SVG with readable, focusable cells. */
export const MAX_SVG_TOKENS = 64;

export interface Sentence {
	/** Words, punctuation marks and emoji, as written, at most maxTokens of them. */
	tokens: string[];
	/** How many tokens the whole text has. */
	total: number;
	truncated: boolean;
}

/** Split a sentence into tokens (any script: see segmentText) and keep the first maxTokens. */
export function prepareSentence(text: string, maxTokens = MAX_TOKENS): Sentence {
	const all = segmentText(text).map((s) => s.text);
	return { tokens: all.slice(0, maxTokens), total: all.length, truncated: all.length > maxTokens };
}
