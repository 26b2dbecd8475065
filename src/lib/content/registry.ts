/** The 50 questions: number, stable slug (a public URL), topic, and the demo that answers it. */

export const topics = [
	'foundations',
	'architecture',
	'training',
	'fine-tuning',
	'decoding',
	'math',
	'applications',
	'models'
] as const;
export type Topic = (typeof topics)[number];

/**
 * The demo folder under src/lib/demos that answers a question, and the preset it opens with when
 * it serves several questions. Every question names one; until its folder exists the page says
 * the demo is not built yet (src/lib/demos/CONTRACT.md).
 */
export type DemoRef = { id: string; preset?: string };

export type Question = { number: number; slug: string; topic: Topic; demo: DemoRef };

const q = (number: number, slug: string, topic: Topic, demo: DemoRef): Question => ({
	number,
	slug,
	topic,
	demo
});

export const questions: readonly Question[] = [
	q(1, 'tokenization', 'foundations', { id: 'tokenization' }),
	q(2, 'attention', 'architecture', { id: 'attention' }),
	q(3, 'context-window', 'foundations', { id: 'context-window' }),
	q(4, 'lora-qlora', 'fine-tuning', { id: 'lora-qlora' }),
	q(5, 'beam-search', 'decoding', { id: 'beam-search' }),
	q(6, 'temperature', 'decoding', { id: 'temperature' }),
	q(7, 'masked-language-modeling', 'training', { id: 'masked-language-modeling' }),
	q(8, 'seq2seq', 'architecture', { id: 'seq2seq' }),
	q(9, 'autoregressive-vs-masked', 'training', { id: 'autoregressive-vs-masked' }),
	q(10, 'embeddings', 'foundations', { id: 'embeddings' }),
	q(11, 'next-sentence-prediction', 'training', { id: 'next-sentence-prediction' }),
	q(12, 'top-k-top-p', 'decoding', { id: 'top-k-top-p' }),
	q(13, 'prompt-engineering', 'applications', { id: 'prompt-engineering' }),
	q(14, 'catastrophic-forgetting', 'fine-tuning', { id: 'catastrophic-forgetting' }),
	q(15, 'distillation', 'fine-tuning', { id: 'distillation' }),
	q(16, 'out-of-vocabulary', 'foundations', { id: 'out-of-vocabulary' }),
	q(17, 'transformers-vs-seq2seq', 'architecture', { id: 'transformers-vs-seq2seq' }),
	q(18, 'overfitting', 'training', { id: 'overfitting' }),
	q(19, 'generative-vs-discriminative-models', 'foundations', {
		id: 'generative-vs-discriminative',
		preset: 'text'
	}),
	q(20, 'gpt4-vs-gpt3', 'models', { id: 'gpt4-vs-gpt3' }),
	q(21, 'positional-encodings', 'architecture', { id: 'positional-encodings' }),
	q(22, 'multi-head-attention', 'architecture', { id: 'attention', preset: 'multi-head' }),
	q(23, 'softmax', 'math', { id: 'softmax' }),
	q(24, 'dot-product', 'math', { id: 'dot-product' }),
	q(25, 'cross-entropy', 'math', { id: 'cross-entropy' }),
	q(26, 'embedding-gradients', 'math', { id: 'embedding-gradients' }),
	q(27, 'jacobian', 'math', { id: 'jacobian' }),
	q(28, 'eigenvectors-pca', 'math', { id: 'eigenvectors-pca' }),
	q(29, 'kl-divergence', 'math', { id: 'kl-divergence' }),
	q(30, 'relu-derivative', 'math', { id: 'relu-derivative' }),
	q(31, 'chain-rule', 'math', { id: 'chain-rule' }),
	q(32, 'attention-scores', 'math', { id: 'attention', preset: 'scores' }),
	q(33, 'gemini-multimodal', 'models', { id: 'gemini-multimodal' }),
	q(34, 'foundation-models', 'models', { id: 'foundation-models' }),
	q(35, 'peft', 'fine-tuning', { id: 'peft' }),
	q(36, 'rag', 'applications', { id: 'rag' }),
	q(37, 'mixture-of-experts', 'architecture', { id: 'mixture-of-experts' }),
	q(38, 'chain-of-thought', 'applications', { id: 'chain-of-thought' }),
	q(39, 'generative-vs-discriminative-ai', 'foundations', { id: 'generative-vs-discriminative' }),
	q(40, 'knowledge-graphs', 'applications', { id: 'knowledge-graphs' }),
	q(41, 'zero-shot', 'applications', { id: 'zero-shot' }),
	q(42, 'adaptive-softmax', 'architecture', { id: 'adaptive-softmax' }),
	q(43, 'vanishing-gradients', 'training', { id: 'vanishing-gradients' }),
	q(44, 'few-shot', 'applications', { id: 'few-shot' }),
	q(45, 'bias-and-errors', 'applications', { id: 'bias-and-errors' }),
	q(46, 'encoders-vs-decoders', 'architecture', { id: 'encoders-vs-decoders' }),
	q(47, 'llm-vs-statistical-lm', 'models', { id: 'llm-vs-statistical-lm' }),
	q(48, 'hyperparameters', 'training', { id: 'hyperparameters' }),
	q(49, 'what-is-an-llm', 'foundations', { id: 'what-is-an-llm' }),
	q(50, 'deployment-challenges', 'applications', { id: 'deployment-challenges' })
];

export function questionBySlug(slug: string): Question | undefined {
	return questions.find((x) => x.slug === slug);
}

/** The questions before and after, in number order (none past either end). */
export function neighbours(slug: string): { prev?: Question; next?: Question } {
	const i = questions.findIndex((x) => x.slug === slug);
	return { prev: questions[i - 1], next: i >= 0 ? questions[i + 1] : undefined };
}
