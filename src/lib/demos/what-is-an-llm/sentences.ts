/**
 * The sentences whose attention the page shows: read by the model as written (they are its
 * input, so they are not translated), each short enough for the smallest context.
 */
export const ATTENTION_SENTENCES = {
	question: 'Question: What is a large language model?',
	next: 'The model predicts the next token.',
	zh: '模型预测下一个词元。'
} as const;

export type SentenceKey = keyof typeof ATTENTION_SENTENCES;
export const SENTENCE_KEYS = Object.keys(ATTENTION_SENTENCES) as SentenceKey[];
