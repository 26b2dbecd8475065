/**
 * Facts the guide states, as (subject, relation, object) triples: the knowledge graph of question
 * 40's page. Curated by hand from the answers; each triple names the question whose answer states
 * it, and `knowledge-triples.test.ts` checks that both entities' names occur in that answer, in
 * English and in Chinese. Only what the guide says is here: the graph knows no more than the guide.
 */

export const relations = [
	'isA',
	'uses',
	'partOf',
	'extends',
	'mitigates',
	'improvesOn',
	'usedFor'
] as const;
export type Relation = (typeof relations)[number];

/** What an entity is, for its colour and legend. */
export type EntityKind = 'model' | 'method' | 'problem' | 'task' | 'concept';

export interface Entity {
	id: string;
	kind: EntityKind;
	/** Names as the answers write them, the display name first (English matched case-blind). */
	en: readonly string[];
	zh: readonly string[];
}

export interface Triple {
	subject: string;
	relation: Relation;
	object: string;
	/** The question whose answer states it. */
	question: number;
}

const e = (id: string, kind: EntityKind, en: string[], zh: string[]): Entity => ({
	id,
	kind,
	en,
	zh
});

export const entities: readonly Entity[] = [
	e('llm', 'model', ['LLM'], ['LLM']),
	e('bert', 'model', ['BERT'], ['BERT']),
	e('gpt', 'model', ['GPT'], ['GPT']),
	e('gpt-3', 'model', ['GPT-3'], ['GPT-3']),
	e('gpt-4', 'model', ['GPT-4'], ['GPT-4']),
	e('gemini', 'model', ['Gemini'], ['Gemini']),
	e('resnet', 'model', ['ResNet'], ['ResNet']),
	e('dall-e', 'model', ['DALL-E'], ['DALL-E']),
	e('clip', 'model', ['CLIP'], ['CLIP']),
	e('glove', 'model', ['GloVe'], ['GloVe']),
	e('transformer', 'model', ['transformer'], ['Transformer']),
	e('seq2seq', 'model', ['Seq2Seq'], ['Seq2Seq']),
	e('rnn', 'model', ['RNN'], ['RNN']),
	e('n-gram', 'model', ['N-gram'], ['n-gram']),
	e('masked-model', 'concept', ['masked model'], ['掩码模型']),
	e('autoregressive-model', 'concept', ['autoregressive model'], ['自回归模型']),
	e('generative-model', 'concept', ['generative model'], ['生成模型']),
	e('discriminative-model', 'concept', ['discriminative model'], ['判别模型']),
	e('generative-ai', 'concept', ['generative AI'], ['生成式人工智能']),
	e('discriminative-ai', 'concept', ['discriminative AI'], ['判别式人工智能']),
	e('sentiment-classifier', 'model', ['sentiment classifier'], ['情感分类器']),
	e('language-model', 'concept', ['language model'], ['语言模型']),
	e('vision-model', 'concept', ['vision model'], ['视觉模型']),
	e('multimodal-model', 'concept', ['multimodal model'], ['多模态模型']),
	e('statistical-model', 'concept', ['statistical model'], ['统计模型']),
	e('pretrained-model', 'concept', ['pretrained model'], ['预训练模型']),
	e('encoder', 'concept', ['encoder'], ['编码器']),
	e('decoder', 'concept', ['decoder'], ['解码器']),
	e('self-attention', 'method', ['self-attention'], ['自注意力']),
	e('attention', 'method', ['attention mechanism', 'attention'], ['注意力机制', '注意力']),
	e('positional-encodings', 'method', ['positional encodings'], ['位置编码']),
	e('sinusoidal', 'concept', ['sinusoidal functions'], ['正弦函数']),
	e('dot-product', 'concept', ['dot product'], ['点积']),
	e('softmax', 'concept', ['softmax function'], ['softmax 函数']),
	e('gating', 'concept', ['gating function'], ['门控函数']),
	e('moe', 'model', ['MoE'], ['MoE']),
	e('lora', 'method', ['LoRA'], ['LoRA']),
	e('qlora', 'method', ['QLoRA'], ['QLoRA']),
	e('quantization', 'method', ['quantization'], ['量化']),
	e('peft', 'method', ['PEFT', 'Parameter-Efficient Fine-Tuning'], ['PEFT', '参数高效微调']),
	e('bpe', 'method', ['BPE', 'Byte-Pair Encoding'], ['BPE', '字节对编码']),
	e('subword-tokenization', 'method', ['subword tokenization'], ['子词分词']),
	e('mlm', 'method', ['masked language modeling', 'MLM'], ['掩码语言建模', 'MLM']),
	e('nsp', 'method', ['next sentence prediction', 'NSP'], ['下一句预测', 'NSP']),
	e('pretraining', 'concept', ['pretraining'], ['预训练']),
	e('distillation', 'method', ['model distillation'], ['模型蒸馏']),
	e('soft-probabilities', 'concept', ['soft probabilities'], ['软概率']),
	e('rag', 'method', ['RAG', 'Retrieval-Augmented Generation'], ['RAG', '检索增强生成']),
	e('query-embeddings', 'concept', ['query embeddings'], ['查询嵌入']),
	e('knowledge-graph', 'method', ['knowledge graph'], ['知识图谱']),
	e('beam-search', 'method', ['beam search'], ['束搜索']),
	e('greedy-decoding', 'method', ['greedy decoding'], ['贪婪解码']),
	e('cot', 'method', ['CoT prompting', 'Chain-of-Thought'], ['CoT 提示', '思维链']),
	e('few-shot', 'method', ['few-shot learning'], ['少样本学习']),
	e('zero-shot', 'method', ['zero-shot learning'], ['零样本学习']),
	e('rehearsal', 'method', ['rehearsal'], ['回放']),
	e('ewc', 'method', ['Elastic Weight Consolidation'], ['弹性权重巩固']),
	e('modular', 'method', ['modular architectures'], ['模块化架构']),
	e('dropout', 'method', ['dropout'], ['Dropout']),
	e('regularization', 'method', ['regularization'], ['正则化']),
	e('early-stopping', 'method', ['early stopping'], ['提前停止']),
	e('residual', 'method', ['residual connections'], ['残差连接']),
	e('layer-norm', 'method', ['layer normalization'], ['层归一化']),
	e('relu', 'concept', ['ReLU'], ['ReLU']),
	e('pca', 'method', ['PCA'], ['PCA']),
	e('dimensionality-reduction', 'task', ['dimensionality reduction'], ['降维']),
	e('eigenvectors', 'concept', ['eigenvectors'], ['特征向量']),
	e('backpropagation', 'method', ['backpropagation'], ['反向传播']),
	e('chain-rule', 'concept', ['chain rule'], ['链式法则']),
	e('jacobian', 'concept', ['Jacobian matrix'], ['雅可比矩阵']),
	e('cross-entropy', 'concept', ['cross-entropy loss'], ['交叉熵损失']),
	e('kl-divergence', 'concept', ['KL divergence'], ['KL 散度']),
	e('fine-tuning', 'method', ['fine-tuning', 'fine-tuning method'], ['微调', '微调方法']),
	e('hyperparameter', 'concept', ['hyperparameter'], ['超参数']),
	e('temperature', 'concept', ['temperature'], ['温度']),
	e('learning-rate', 'concept', ['learning rate'], ['学习率']),
	e('batch-size', 'concept', ['batch size'], ['批次大小']),
	e('catastrophic-forgetting', 'problem', ['catastrophic forgetting'], ['灾难性遗忘']),
	e('overfitting', 'problem', ['overfitting'], ['过拟合']),
	e('vanishing-gradients', 'problem', ['vanishing gradients', 'vanishing gradient'], ['梯度消失']),
	e('hallucination', 'problem', ['hallucination'], ['幻觉']),
	e('machine-translation', 'task', ['machine translation'], ['机器翻译']),
	e('question-answering', 'task', ['question answering'], ['问答']),
	e('visual-qa', 'task', ['visual question answering'], ['视觉问答']),
	e('entity-recognition', 'task', ['entity recognition'], ['实体识别']),
	e('image-classification', 'task', ['image classification'], ['图像分类']),
	e('content-creation', 'task', ['content creation'], ['内容创作']),
	e('text-image', 'task', ['text-image tasks'], ['文本图像任务']),
	e('text-classification', 'task', ['text classification'], ['文本分类']),
	e('logical-inference', 'task', ['logical inference'], ['逻辑推理']),
	e('language-modeling', 'task', ['language modeling'], ['语言建模'])
];

const f = (subject: string, relation: Relation, object: string, question: number): Triple => ({
	subject,
	relation,
	object,
	question
});

export const triples: readonly Triple[] = [
	f('transformer', 'uses', 'attention', 2),
	f('attention', 'uses', 'dot-product', 2),
	f('qlora', 'extends', 'lora', 4),
	f('qlora', 'uses', 'quantization', 4),
	f('lora', 'isA', 'fine-tuning', 4),
	f('beam-search', 'improvesOn', 'greedy-decoding', 5),
	f('beam-search', 'usedFor', 'machine-translation', 5),
	f('temperature', 'isA', 'hyperparameter', 6),
	f('bert', 'uses', 'mlm', 7),
	f('mlm', 'usedFor', 'pretraining', 7),
	f('encoder', 'partOf', 'seq2seq', 8),
	f('decoder', 'partOf', 'seq2seq', 8),
	f('seq2seq', 'usedFor', 'machine-translation', 8),
	f('gpt', 'isA', 'autoregressive-model', 9),
	f('bert', 'isA', 'masked-model', 9),
	f('glove', 'isA', 'pretrained-model', 10),
	f('bert', 'uses', 'nsp', 11),
	f('rehearsal', 'mitigates', 'catastrophic-forgetting', 14),
	f('ewc', 'mitigates', 'catastrophic-forgetting', 14),
	f('modular', 'mitigates', 'catastrophic-forgetting', 14),
	f('distillation', 'uses', 'soft-probabilities', 15),
	f('bpe', 'isA', 'subword-tokenization', 16),
	f('llm', 'uses', 'subword-tokenization', 16),
	f('transformer', 'improvesOn', 'seq2seq', 17),
	f('transformer', 'uses', 'self-attention', 17),
	f('transformer', 'uses', 'positional-encodings', 17),
	f('self-attention', 'improvesOn', 'rnn', 17),
	f('dropout', 'mitigates', 'overfitting', 18),
	f('regularization', 'mitigates', 'overfitting', 18),
	f('early-stopping', 'mitigates', 'overfitting', 18),
	f('gpt', 'isA', 'generative-model', 19),
	f('bert', 'isA', 'discriminative-model', 19),
	f('gpt-4', 'improvesOn', 'gpt-3', 20),
	f('gpt-4', 'usedFor', 'visual-qa', 20),
	f('positional-encodings', 'uses', 'sinusoidal', 21),
	f('attention', 'uses', 'softmax', 23),
	f('self-attention', 'uses', 'dot-product', 24),
	f('cross-entropy', 'usedFor', 'language-modeling', 25),
	f('backpropagation', 'uses', 'chain-rule', 26),
	f('jacobian', 'usedFor', 'backpropagation', 27),
	f('pca', 'isA', 'dimensionality-reduction', 28),
	f('pca', 'uses', 'eigenvectors', 28),
	f('kl-divergence', 'usedFor', 'fine-tuning', 29),
	f('relu', 'mitigates', 'vanishing-gradients', 30),
	f('gemini', 'improvesOn', 'gpt-4', 33),
	f('bert', 'isA', 'language-model', 34),
	f('gpt-4', 'isA', 'language-model', 34),
	f('resnet', 'isA', 'vision-model', 34),
	f('resnet', 'usedFor', 'image-classification', 34),
	f('dall-e', 'isA', 'generative-model', 34),
	f('dall-e', 'usedFor', 'content-creation', 34),
	f('clip', 'isA', 'multimodal-model', 34),
	f('clip', 'usedFor', 'text-image', 34),
	f('lora', 'isA', 'peft', 35),
	f('peft', 'isA', 'fine-tuning', 35),
	f('peft', 'mitigates', 'catastrophic-forgetting', 35),
	f('rag', 'uses', 'query-embeddings', 36),
	f('rag', 'usedFor', 'question-answering', 36),
	f('moe', 'uses', 'gating', 37),
	f('cot', 'usedFor', 'logical-inference', 38),
	f('gpt', 'isA', 'generative-ai', 39),
	f('sentiment-classifier', 'isA', 'discriminative-ai', 39),
	f('knowledge-graph', 'mitigates', 'hallucination', 40),
	f('knowledge-graph', 'usedFor', 'question-answering', 40),
	f('knowledge-graph', 'usedFor', 'entity-recognition', 40),
	f('zero-shot', 'uses', 'pretraining', 41),
	f('self-attention', 'mitigates', 'vanishing-gradients', 43),
	f('residual', 'mitigates', 'vanishing-gradients', 43),
	f('layer-norm', 'mitigates', 'vanishing-gradients', 43),
	f('transformer', 'mitigates', 'vanishing-gradients', 43),
	f('transformer', 'uses', 'residual', 43),
	f('transformer', 'uses', 'layer-norm', 43),
	f('transformer', 'improvesOn', 'rnn', 43),
	f('few-shot', 'usedFor', 'text-classification', 44),
	f('encoder', 'partOf', 'transformer', 46),
	f('decoder', 'partOf', 'transformer', 46),
	f('n-gram', 'isA', 'statistical-model', 47),
	f('llm', 'uses', 'transformer', 47),
	f('llm', 'improvesOn', 'statistical-model', 47),
	f('learning-rate', 'isA', 'hyperparameter', 48),
	f('batch-size', 'isA', 'hyperparameter', 48)
];
