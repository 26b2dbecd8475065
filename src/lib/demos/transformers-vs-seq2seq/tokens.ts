import { segmentText } from '$lib/math/word-segment';

/** The sentence's tokens: every non-space segment (words, punctuation, emoji), as the attention pages count them. */
export const sentenceTokens = (text: string): string[] => segmentText(text).map((s) => s.text);
