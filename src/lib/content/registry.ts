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

/** A demo folder under src/lib/demos, and the preset it opens with when it serves several questions. */
export type DemoRef = { id: string; preset?: string };

export type Question = { number: number; slug: string; topic: Topic; demo?: DemoRef };

const q = (number: number, slug: string, topic: Topic, demo?: DemoRef): Question => ({
	number,
	slug,
	topic,
	demo
});

export const questions: readonly Question[] = [
	q(1, 'tokenization', 'foundations', { id: 'tokenization' }),
	q(2, 'attention', 'architecture', { id: 'attention' }),
	q(3, 'context-window', 'foundations'),
	q(4, 'lora-qlora', 'fine-tuning'),
	q(5, 'beam-search', 'decoding', { id: 'beam-search' }),
	q(6, 'temperature', 'decoding', { id: 'temperature' }),
	q(7, 'masked-language-modeling', 'training'),
	q(8, 'seq2seq', 'architecture'),
	q(9, 'autoregressive-vs-masked', 'training', { id: 'autoregressive-vs-masked' }),
	q(10, 'embeddings', 'foundations'),
	q(11, 'next-sentence-prediction', 'training'),
	q(12, 'top-k-top-p', 'decoding', { id: 'top-k-top-p' }),
	q(13, 'prompt-engineering', 'applications'),
	q(14, 'catastrophic-forgetting', 'fine-tuning'),
	q(15, 'distillation', 'fine-tuning'),
	q(16, 'out-of-vocabulary', 'foundations', { id: 'out-of-vocabulary' }),
	q(17, 'transformers-vs-seq2seq', 'architecture'),
	q(18, 'overfitting', 'training'),
	q(19, 'generative-vs-discriminative-models', 'foundations'),
	q(20, 'gpt4-vs-gpt3', 'models'),
	q(21, 'positional-encodings', 'architecture', { id: 'positional-encodings' }),
	q(22, 'multi-head-attention', 'architecture', { id: 'attention', preset: 'multi-head' }),
	q(23, 'softmax', 'math', { id: 'softmax' }),
	q(24, 'dot-product', 'math', { id: 'dot-product' }),
	q(25, 'cross-entropy', 'math'),
	q(26, 'embedding-gradients', 'math'),
	q(27, 'jacobian', 'math'),
	q(28, 'eigenvectors-pca', 'math'),
	q(29, 'kl-divergence', 'math'),
	q(30, 'relu-derivative', 'math'),
	q(31, 'chain-rule', 'math'),
	q(32, 'attention-scores', 'math', { id: 'attention', preset: 'scores' }),
	q(33, 'gemini-multimodal', 'models'),
	q(34, 'foundation-models', 'models'),
	q(35, 'peft', 'fine-tuning'),
	q(36, 'rag', 'applications'),
	q(37, 'mixture-of-experts', 'architecture'),
	q(38, 'chain-of-thought', 'applications'),
	q(39, 'generative-vs-discriminative-ai', 'foundations'),
	q(40, 'knowledge-graphs', 'applications'),
	q(41, 'zero-shot', 'applications'),
	q(42, 'adaptive-softmax', 'architecture'),
	q(43, 'vanishing-gradients', 'training'),
	q(44, 'few-shot', 'applications'),
	q(45, 'bias-and-errors', 'applications'),
	q(46, 'encoders-vs-decoders', 'architecture'),
	q(47, 'llm-vs-statistical-lm', 'models', { id: 'llm-vs-statistical-lm' }),
	q(48, 'hyperparameters', 'training'),
	q(49, 'what-is-an-llm', 'foundations'),
	q(50, 'deployment-challenges', 'applications')
];

export function questionBySlug(slug: string): Question | undefined {
	return questions.find((x) => x.slug === slug);
}

/** The questions before and after, in number order (none past either end). */
export function neighbours(slug: string): { prev?: Question; next?: Question } {
	const i = questions.findIndex((x) => x.slug === slug);
	return { prev: questions[i - 1], next: i >= 0 ? questions[i + 1] : undefined };
}
