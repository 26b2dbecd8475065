/** Strings of the topic-classifier views the zero-shot and few-shot demos share. */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'tc.desc.foundations':
		'Tokens, words, the vocabulary and embeddings: how text becomes numbers; the context window; what a language model is.',
	'tc.desc.architecture':
		'The transformer architecture: attention heads, queries, keys and values, layers, encoders and decoders, positional encodings.',
	'tc.desc.training':
		'Training objectives: masked and next token prediction, the loss, gradients, overfitting, hyperparameters.',
	'tc.desc.fine-tuning':
		'Fine-tuning a pretrained model for a task with few parameters: LoRA, adapters, distillation, catastrophic forgetting.',
	'tc.desc.decoding':
		'Generating text: choosing the next token by sampling with a temperature, top-k, top-p or beam search.',
	'tc.desc.math':
		'The mathematics: softmax, dot products, cross-entropy, derivatives, the chain rule, Jacobians, eigenvectors.',
	'tc.desc.applications':
		'Using models in applications: prompts, retrieval, reasoning step by step, knowledge graphs, bias, deployment.',
	'tc.desc.models':
		'Particular models: GPT-3, GPT-4, Gemini, foundation models, and how they compare with statistical language models.',
	'tc.loading': 'Computing the guide’s word vectors…',
	'tc.labels': 'Labels (the guide’s topics)',
	'tc.tooFewLabels': 'Choose at least two labels: with one there is nothing to choose between.',
	'tc.temperature': 'Temperature T of the softmax',
	'tc.sentence': 'Sentence to classify',
	'tc.sentenceHint': '{words} words, {known} of them with a vector',
	'tc.examples': 'Try',
	'tc.example.sampling': 'The model picks the next token by sampling from the softmax.',
	'tc.example.adapter': 'We freeze the weights and train only a small adapter.',
	'tc.example.heads': 'Each head compares queries with keys to weigh the values.',
	'tc.example.cat': 'The cat sat on the mat.',
	'tc.long': 'The box keeps at most {max} characters; the rest is cut.',
	'tc.empty': 'Type a sentence to classify.',
	'tc.noWords':
		'This text has no words (emoji, punctuation and other symbols are not words here), so it has no sentence vector to classify.',
	'tc.noKnown':
		'None of its words is in the guide’s vocabulary ({unknown}), so it has no sentence vector: word vectors trained on the guide know only the guide’s words.',
	'tc.unknown': 'Words with no vector, skipped: {unknown}',
	'tc.scoresCaption':
		'Cosine similarity of the sentence with each label’s prototype, and the softmax over the similarities at T = {T}',
	'tc.label': 'Label',
	'tc.cos': 'cos',
	'tc.p': 'p',
	'tc.predictedAs': 'Classified as {label} (p = {p}).',
	'tc.noPrototype': 'no prototype',
	'tc.formulaFor': 'For {label}, its cosine c and the others’ c_j at T = {T}:',
	'tc.confusionTitle': 'Confusion matrix',
	'tc.confusionLabel': 'Confusion matrix: rows are true labels, columns predicted labels',
	'tc.cell': '{n} sentences of {truth} classified as {predicted}',
	'tc.accuracy': 'Accuracy',
	'tc.accuracyValue': '{right} of {n} sentences = {pct}',
	'tc.chance': 'Guessing uniformly',
	'tc.majority': 'Always the largest label',
	'tc.recall': 'recall',
	'tc.truth': 'true label ↓ / predicted →',
	'tc.tableSummary': 'The matrix in numbers',
	'tc.tableCaption':
		'Sentences by true label (rows) and predicted label (columns), with each row’s recall',
	'tc.unanswered': '{n} sentences have no vector and count as wrong.',
	'tc.mistakes': 'Some sentences it got wrong',
	'tc.mistake': '{truth} → {predicted}'
};

const zh: Record<keyof typeof en, string> = {
	'tc.desc.foundations': '词元、词语、词表与嵌入：文本如何变成数字；上下文窗口；什么是语言模型。',
	'tc.desc.architecture':
		'Transformer 架构：注意力头，查询、键和值，层，编码器与解码器，位置编码。',
	'tc.desc.training': '训练目标：掩码预测与下一个词元预测，损失，梯度，过拟合，超参数。',
	'tc.desc.fine-tuning': '用少量参数把预训练模型微调到任务上：LoRA、适配器、蒸馏、灾难性遗忘。',
	'tc.desc.decoding': '生成文本：用带温度的采样、top-k、top-p 或束搜索选择下一个词元。',
	'tc.desc.math': '数学：softmax、点积、交叉熵、导数、链式法则、雅可比矩阵、特征向量。',
	'tc.desc.applications': '在应用中使用模型：提示、检索、逐步推理、知识图谱、偏见、部署。',
	'tc.desc.models': '具体的模型：GPT-3、GPT-4、Gemini、基础模型，以及它们与统计语言模型的比较。',
	'tc.loading': '正在计算指南的词向量…',
	'tc.labels': '标签（指南的主题）',
	'tc.tooFewLabels': '请至少选择两个标签：只有一个标签就无从选择。',
	'tc.temperature': 'softmax 的温度 T',
	'tc.sentence': '要分类的句子',
	'tc.sentenceHint': '{words} 个词，其中 {known} 个有向量',
	'tc.examples': '试试',
	'tc.example.sampling': '模型从 softmax 中采样，选出下一个词元。',
	'tc.example.adapter': '我们冻结权重，只训练一个小的适配器。',
	'tc.example.heads': '每个注意力头把查询与键比较，以此给值加权。',
	'tc.example.cat': '猫坐在垫子上。',
	'tc.long': '输入框最多保留 {max} 个字符，其余部分被截去。',
	'tc.empty': '请输入一个要分类的句子。',
	'tc.noWords': '这段文本没有词（表情符号、标点和其他符号在这里不算词），因此没有可分类的句向量。',
	'tc.noKnown':
		'它的词都不在指南的词表中（{unknown}），因此没有句向量：在指南上训练的词向量只认识指南里的词。',
	'tc.unknown': '没有向量、被跳过的词：{unknown}',
	'tc.scoresCaption': '句子与每个标签原型的余弦相似度，以及在 T = {T} 时对这些相似度取的 softmax',
	'tc.label': '标签',
	'tc.cos': 'cos',
	'tc.p': 'p',
	'tc.predictedAs': '分类结果：{label}（p = {p}）。',
	'tc.noPrototype': '没有原型',
	'tc.formulaFor': '对于 {label}，它的余弦 c 与其他标签的 c_j，T = {T}：',
	'tc.confusionTitle': '混淆矩阵',
	'tc.confusionLabel': '混淆矩阵：行是真实标签，列是预测标签',
	'tc.cell': '{truth} 的 {n} 个句子被分类为 {predicted}',
	'tc.accuracy': '准确率',
	'tc.accuracyValue': '{n} 个句子中对了 {right} 个 = {pct}',
	'tc.chance': '均匀随机猜测',
	'tc.majority': '总猜最大的标签',
	'tc.recall': '召回率',
	'tc.truth': '真实标签 ↓ / 预测 →',
	'tc.tableSummary': '矩阵的数字',
	'tc.tableCaption': '按真实标签（行）和预测标签（列）统计的句子数，以及每行的召回率',
	'tc.unanswered': '{n} 个句子没有向量，算作错误。',
	'tc.mistakes': '几个分错的句子',
	'tc.mistake': '{truth} → {predicted}'
};

export const topicClassifier = strings(en, zh);
export const t = translator(topicClassifier);
