/** Live filtering of the question index: every word of the query must appear, in either language. */

export type Searchable = {
	number: number;
	title: Record<string, string>;
	text: Record<string, string>;
};

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

export function haystack(q: Searchable): string {
	return fold([q.number, ...Object.values(q.title), ...Object.values(q.text)].join(' '));
}

export function matches(hay: string, query: string): boolean {
	const words = fold(query).split(/\s+/).filter(Boolean);
	return words.every((w) => hay.includes(w));
}
