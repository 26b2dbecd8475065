/** What the views need of a token: its text (a word, or a piece of the tiny GPT's BPE). */
export type Token = { readonly text: string };

/** "cat (2)": a token with its 1-based position, so repeated words stay apart. */
export function tokenName(tokens: readonly Token[], i: number): string {
	return `${tokens[i]?.text ?? ''} (${i + 1})`;
}

/** 0.4213 → "0.42"; tiny weights keep one significant digit so they do not read as zero. */
export function weightText(w: number): string {
	if (w === 0) return '0';
	if (w < 0.005) return w.toExponential(0);
	return w.toFixed(2);
}
