/** The augmented prompt: numbered sources, then the question, as a RAG pipeline hands a model. */

export interface PromptLabels {
	instruction: string;
	source: string;
	question: string;
	answer: string;
}

export interface PromptSource {
	text: string;
	/** Where the source comes from, e.g. "answer 36 · English". */
	from: string;
}

export function augmentedPrompt(
	query: string,
	sources: PromptSource[],
	labels: PromptLabels
): string {
	const numbered = sources.map((s, i) => `[${i + 1}] ${labels.source} (${s.from}):\n${s.text}`);
	return [
		labels.instruction,
		...numbered,
		`${labels.question}: ${query.trim()}\n${labels.answer}:`
	].join('\n\n');
}
