/**
 * Two tiny tokenizers that feed the n-gram model: words (for space-separated languages) and
 * single characters (for Chinese). Both return sentences of tokens and drop empty sentences;
 * the sentence-ending marks themselves are dropped, since the model adds its own </s>.
 */

// \p{M} keeps combining marks (Devanagari vowel signs, decomposed accents) inside their word.
const WORD_OR_SYMBOL = /[\p{L}\p{M}\p{N}'’]+|[^\s\p{L}\p{M}\p{N}'’]/gu;

/**
 * Sentences split on . ! ? and line breaks, lowercased. A word is a run of letters, digits and
 * apostrophes in any script; any other non-space character (",", ";", "«", an emoji) is a token of
 * its own. Note "3.14" splits into two sentences: the rule is deliberately simple.
 */
export function tokenizeWords(text: string): string[][] {
	return text
		.toLowerCase()
		.split(/[.!?\r\n]+/)
		.map((sentence) => sentence.match(WORD_OR_SYMBOL) ?? [])
		.filter((tokens) => tokens.length > 0);
}

/**
 * Sentences split on 。！？ and line breaks; every non-whitespace code point is a token
 * (Array.from splits by code point, so characters outside the BMP stay whole).
 */
export function tokenizeChars(text: string): string[][] {
	return text
		.split(/[。！？\r\n]+/)
		.map((sentence) => Array.from(sentence).filter((ch) => !/\s/u.test(ch)))
		.filter((tokens) => tokens.length > 0);
}
