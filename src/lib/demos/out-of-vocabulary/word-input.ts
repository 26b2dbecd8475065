/** What the word box holds, read as one word. */
export type WordInput =
	| { kind: 'empty' }
	/** `rest` is true when more than one word was typed (only the first is used). */
	| { kind: 'word'; word: string; rest: boolean };

export function readWord(input: string): WordInput {
	const words = input.split(/\s+/u).filter((w) => w.length > 0);
	if (words.length === 0) return { kind: 'empty' };
	return { kind: 'word', word: words[0], rest: words.length > 1 };
}
