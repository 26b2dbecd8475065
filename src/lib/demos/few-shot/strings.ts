/** Strings of the few-shot classification demo (question 44). */
import { topicClassifier } from '$lib/components/topic-classifier/strings';
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'fs.intro':
		'Few-shot classification: k labelled sentences per label. Each label becomes the centroid (the mean) of its examples’ sentence vectors, and a sentence goes to the label whose centroid is nearest by cosine; a softmax over the similarities at temperature T gives probabilities. With k = 0 there is no example and the labels’ descriptions stand in, as on the zero-shot page.',
	'fs.honest':
		'What this is, and is not: a nearest-centroid classifier on the guide’s own corpus (about 210 sentences per language, of which the answers’ {n} sentences are labelled), not a large model that reads a few examples in its prompt and follows them (in-context learning). The seed draws the examples from the corpus; the other sentences are the test set, the same for every k. The word vectors were trained on all of them, test sentences included, which flatters the result. With at most 10 examples per label and about 90 test sentences, accuracy moves by several points from one seed to the next: read the mean over seeds, not one point.',
	'fs.k': 'Examples per label k',
	'fs.withDescription': 'Count each label’s description as one more example',
	'fs.smallPools':
		'A label lends at most half of its sentences as examples, so {labels} stop short of 10.',
	'fs.curveTitle': '1. Accuracy against k',
	'fs.curveLabel': 'Accuracy on the test sentences for k = 0 to 10',
	'fs.curveAbout':
		'This seed’s accuracy at every k, the mean over seeds 1 to {seeds} (dashed) with the band from the lowest to the highest, and a uniform guess (dotted).',
	'fs.kAxis': 'examples per label k',
	'fs.accuracyAxis': 'accuracy',
	'fs.thisSeed': 'this seed',
	'fs.meanSeeds': 'mean of seeds 1–{seeds}',
	'fs.lowest': 'lowest',
	'fs.highest': 'highest',
	'fs.curveSummary': 'The curve in numbers',
	'fs.curveCaption': 'Accuracy on the {n} test sentences by k',
	'fs.curveReadout': 'At k = {k}: {acc} with this seed, {mean} on average over {seeds} seeds.',
	'fs.curveReadoutPending':
		'At k = {k}: {acc} with this seed; the average over {seeds} seeds is being computed…',
	'fs.compare':
		'Averaged over the seeds, the descriptions alone (k = 0) score {zero}, one example per label {one}, and ten {ten}.',
	'fs.compareWorse':
		'On this corpus one sentence is a worse prototype than a written description, and examples catch up slowly: the topics share most of their words, and a mean of 32-number word vectors blurs what tells them apart.',
	'fs.compareLlm':
		'An LLM that learns from a few examples in its prompt brings knowledge from far more text than this.',
	'fs.mapTitle': '2. The centroids in the sentence space',
	'fs.mapAbout':
		'Every labelled sentence’s vector (32 numbers) placed on the first two principal components of all of them: small dots are test sentences, ringed dots this seed’s examples, crosses the centroids, and each centroid’s trail shows where it stood at k = 0 (its description), 1, 2, … up to k. Two components keep {share} of the spread, so labels that look mixed here may lie further apart in 32 dimensions.',
	'fs.mapLabel': 'Sentence vectors and class centroids on two principal components, k = {k}',
	'fs.pc': 'component {n}',
	'fs.mapSummary': 'The centroids in numbers',
	'fs.mapCaption': 'Each label’s centroid on the two components, from k = 0 to k = {k}',
	'fs.tooFewToMap': 'Too few sentences to draw.',
	'fs.examplesTitle': '3. The examples (k = {k} per label)',
	'fs.noExamples': 'k = 0: no examples; each label is its description (the zero-shot classifier).',
	'fs.description': 'description',
	'fs.confusionTitle': '4. Confusion matrix on the test set at k = {k}',
	'fs.sentenceTitle': '5. Classify your own sentence by the centroids',
	'ih.linkQuestion': 'Why can a model learn from examples in the prompt?',
	'ih.linkText': 'The mechanism: an induction head (section 6, trained in your browser)',
	'ih.loading': 'Loading the induction-head toy…'
};

const zh: Record<keyof typeof en, string> = {
	'fs.intro':
		'少样本分类：每个标签有 k 个带标签的句子。每个标签变成其样本句向量的质心（平均值），句子被归入余弦相似度最高的质心所属的标签；在温度 T 下对相似度取 softmax 得到概率。k = 0 时没有样本，由标签的描述代替，正如零样本页面那样。',
	'fs.honest':
		'它是什么、不是什么：这是在指南自己的语料（每种语言约 210 个句子，其中回答部分的 {n} 个句子带标签）上的最近质心分类器，不是一个在提示中读几个示例并照着做的 LLM（上下文学习）。随机种子从语料中选出样本，其余句子是测试集，对每个 k 都相同。词向量是在所有这些句子（包括测试句子）上训练的，这让结果显得更好。每个标签最多 10 个样本、约 90 个测试句子，换一个种子准确率就会变动好几个百分点：请看多个种子的平均值，而不是单个点。',
	'fs.k': '每个标签的样本数 k',
	'fs.withDescription': '把每个标签的描述也算作一个样本',
	'fs.smallPools': '一个标签最多拿出一半的句子作为样本，因此 {labels} 达不到 10 个。',
	'fs.curveTitle': '1. 准确率随 k 的变化',
	'fs.curveLabel': 'k = 0 到 10 时在测试句子上的准确率',
	'fs.curveAbout':
		'本种子在每个 k 下的准确率，种子 1 到 {seeds} 的平均值（虚线）及从最低到最高的范围带，以及均匀随机猜测（点线）。',
	'fs.kAxis': '每个标签的样本数 k',
	'fs.accuracyAxis': '准确率',
	'fs.thisSeed': '本种子',
	'fs.meanSeeds': '种子 1–{seeds} 的平均',
	'fs.lowest': '最低',
	'fs.highest': '最高',
	'fs.curveSummary': '曲线的数字',
	'fs.curveCaption': '按 k 统计的 {n} 个测试句子上的准确率',
	'fs.curveReadout': 'k = {k} 时：本种子 {acc}，{seeds} 个种子平均 {mean}。',
	'fs.curveReadoutPending': 'k = {k} 时：本种子 {acc}；{seeds} 个种子的平均正在计算…',
	'fs.compare':
		'对各种子取平均：只用描述（k = 0）得 {zero}，每个标签一个样本得 {one}，十个样本得 {ten}。',
	'fs.compareWorse':
		'在这份语料上，一个句子作为原型不如一段写好的描述，样本增多后才慢慢追上：各主题共用大部分词语，32 维词向量的平均又模糊了区分它们的东西。',
	'fs.compareLlm': '一个从提示中几个示例学习的 LLM，带着从多得多的文本中学到的知识。',
	'fs.mapTitle': '2. 句子空间中的质心',
	'fs.mapAbout':
		'每个带标签句子的向量（32 个数）投影到所有句向量的前两个主成分上：小点是测试句子，带圈的点是本种子的样本，叉号是质心，每个质心的轨迹显示它在 k = 0（它的描述）、1、2……直到 k 时的位置。两个主成分只保留了 {share} 的方差，所以在这里看起来混在一起的标签，在 32 维中可能相距更远。',
	'fs.mapLabel': '句向量与各类质心在两个主成分上的位置，k = {k}',
	'fs.pc': '主成分 {n}',
	'fs.mapSummary': '质心的数字',
	'fs.mapCaption': '各标签的质心在两个主成分上的坐标，从 k = 0 到 k = {k}',
	'fs.tooFewToMap': '句子太少，无法绘制。',
	'fs.examplesTitle': '3. 样本（每个标签 k = {k} 个）',
	'fs.noExamples': 'k = 0：没有样本；每个标签就是它的描述（零样本分类器）。',
	'fs.description': '描述',
	'fs.confusionTitle': '4. k = {k} 时测试集上的混淆矩阵',
	'fs.sentenceTitle': '5. 用质心给你自己的句子分类',
	'ih.linkQuestion': '为什么模型能从提示中的示例里学习？',
	'ih.linkText': '其机制：归纳头（第 6 节，在你的浏览器中训练）',
	'ih.loading': '正在加载归纳头玩具模型…'
};

export const fewShot = strings(en, zh);
export const t = translator(topicClassifier, fewShot);
