/**
 * How often each word occurs in a text: words as segmentText finds them (any script), lowercased;
 * punctuation, emoji and other symbols are not words and are not counted.
 */
import { segmentText } from './word-segment';

export interface WordCount {
	word: string;
	count: number;
}

/** The words of `text` with their counts, most frequent first (ties in code-point order). */
export function wordCounts(text: string): WordCount[] {
	const counts = new Map<string, number>();
	for (const s of segmentText(text.toLowerCase())) {
		if (s.word) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
	}
	return [...counts]
		.map(([word, count]) => ({ word, count }))
		.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}
