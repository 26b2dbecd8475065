/** Strings of the next-sentence-prediction demo (question 11). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'nsp.intro':
		'BERT also learned to tell whether sentence B really follows sentence A: half of its pairs are consecutive sentences (IsNext), half take a random B (NotNext) (Devlin et al., 2019, §3.1, Task #2). Here the pairs come from the guide’s answers, and a simple scorer guesses: the cosine between the two sentences’ vectors, the mean of their words’ vectors.',
	'nsp.loading': 'Loading the guide and training its word vectors…',
	'nsp.threshold': 'Threshold: call a pair positive when its cosine is at least',
	'nsp.pair': 'Pair',
	'nsp.pairValue': '{i} of {n}',
	'nsp.nspTitle': 'Next sentence prediction: consecutive or random?',
	'nsp.nspAbout':
		'{n} pairs: every sentence of an answer that has a next one, as A; B is that next sentence ({pos} pairs) or, by a seeded coin, a sentence of another answer ({neg}).',
	'nsp.a': 'A',
	'nsp.b': 'B',
	'nsp.from': 'answer {q}',
	'nsp.isNext': 'IsNext',
	'nsp.notNext': 'NotNext',
	'nsp.inOrder': 'in order',
	'nsp.swapped': 'swapped',
	'nsp.pairScore': 'cosine {score} → called {called}: {verdict}',
	'nsp.right': 'right',
	'nsp.wrong': 'wrong',
	'nsp.stripLabel':
		'The cosine of every pair, positives above, negatives below, with the threshold',
	'nsp.stripAbout':
		'Each dot is a pair; the vertical line is the threshold: dots to its right are called positive. The ringed dot is the pair shown above.',
	'nsp.axisScore': 'cosine of the two sentence vectors',
	'nsp.pairsTable': 'Every pair’s numbers',
	'nsp.col.pair': 'Pair',
	'nsp.col.label': 'Label',
	'nsp.col.score': 'Cosine',
	'nsp.col.a': 'Sentence A',
	'nsp.col.b': 'Sentence B',
	'nsp.accuracy': 'Accuracy at this threshold',
	'nsp.best': 'Best accuracy over all thresholds',
	'nsp.auc': 'Area under the ROC curve',
	'nsp.rocTitle': 'ROC curves: every threshold at once',
	'nsp.rocLoading': 'Loading the ROC chart…',
	'nsp.rocAbout':
		'Lowering the threshold calls more pairs positive: the curve traces the share of positives caught against the share of negatives wrongly let in. The diagonal is guessing; the area under a curve is the chance that a random positive pair scores above a random negative one.',
	'nsp.rocLabel':
		'ROC curves of the topic scorer on next-sentence pairs and on sentence-order pairs, and the chance diagonal',
	'nsp.axisFpr': 'negatives called positive (%)',
	'nsp.axisTpr': 'positives called positive (%)',
	'nsp.seriesNsp': 'next sentence (NSP)',
	'nsp.seriesSop': 'sentence order (SOP)',
	'nsp.seriesChance': 'chance',
	'nsp.rocTable': 'The curves’ numbers',
	'nsp.col.task': 'Task',
	'nsp.col.threshold': 'Threshold',
	'nsp.col.fpr': 'False positive rate',
	'nsp.col.tpr': 'True positive rate',
	'nsp.sopTitle': 'Sentence order: the same two sentences, in order or swapped',
	'nsp.sopAbout':
		'ALBERT keeps the consecutive pairs as positives and makes each negative by swapping the same two sentences (Lan et al., 2020, §3.1). Here: the same {n} consecutive pairs, {pos} in order and {neg} swapped by a seeded coin.',
	'nsp.sopPair': 'Pair {i} both ways',
	'nsp.symmetric':
		'cosine(A, B) = {ab}, cosine(B, A) = {ba}: the scorer cannot tell the two orders apart.',
	'nsp.bothWays':
		'Counting every consecutive pair both ways, in order and swapped, the topic scorer’s AUC is {auc} and its accuracy {acc} at any threshold: each positive has a negative with exactly its score.',
	'nsp.seeds':
		'Over seeds 0 to {last}: NSP’s AUC averages {nspMean} (from {nspMin} to {nspMax}), sentence order’s {sopMean} (from {sopMin} to {sopMax}). What one seed shows above 0.5 on sentence order is the luck of the coin.',
	'nsp.seedsLoading': 'Computing the AUC over {n} seeds…',
	'nsp.why':
		'So the topic scorer does better than chance on NSP only because a random B usually comes from another answer, on another topic: it solves NSP without learning anything about how sentences follow one another. That is the weakness RoBERTa measured — removing NSP matched or slightly improved downstream results (Liu et al., 2019, §4.2) — and the reason ALBERT replaced it with sentence-order prediction, which a topic cue cannot solve (Lan et al., 2020, §3.1).',
	'nsp.small':
		'The guide is small: {pairs} pairs from {n} sentences, and word vectors trained on the guide alone, so the numbers move with the seed; the order of the conclusions does not.',
	'nsp.standIn':
		'What this is not: BERT scores a pair with a Transformer that reads both sentences word by word, in order; the scorer here is deliberately blind to order, to show what a topic cue alone can and cannot do.'
};

const zh: Record<keyof typeof en, string> = {
	'nsp.intro':
		'BERT 还学习判断句子 B 是否真的紧跟在句子 A 之后：一半的句子对是连续的两句（IsNext），另一半的 B 是随机句子（NotNext）（Devlin 等，2019，§3.1，任务 #2）。这里的句子对取自指南的回答，由一个简单的打分器来猜：两个句子向量的余弦，句子向量是句中词向量的平均。',
	'nsp.loading': '正在加载指南并训练词向量……',
	'nsp.threshold': '阈值：余弦不低于它的句子对判为正例',
	'nsp.pair': '句子对',
	'nsp.pairValue': '第 {i} / {n} 对',
	'nsp.nspTitle': '下一句预测：连续还是随机？',
	'nsp.nspAbout':
		'{n} 个句子对：回答中每个后面还有句子的句子作为 A；B 是它的下一句（{pos} 对），或由带种子的抛硬币决定，取另一个回答中的句子（{neg} 对）。',
	'nsp.a': 'A',
	'nsp.b': 'B',
	'nsp.from': '第 {q} 个回答',
	'nsp.isNext': 'IsNext',
	'nsp.notNext': 'NotNext',
	'nsp.inOrder': '顺序正确',
	'nsp.swapped': '顺序颠倒',
	'nsp.pairScore': '余弦 {score} → 判为 {called}：{verdict}',
	'nsp.right': '正确',
	'nsp.wrong': '错误',
	'nsp.stripLabel': '每个句子对的余弦，上面是正例，下面是负例，以及阈值',
	'nsp.stripAbout':
		'每个点是一个句子对；竖线是阈值：线右侧的点判为正例。带圈的点是上面展示的那一对。',
	'nsp.axisScore': '两个句子向量的余弦',
	'nsp.pairsTable': '每个句子对的数值',
	'nsp.col.pair': '句子对',
	'nsp.col.label': '标签',
	'nsp.col.score': '余弦',
	'nsp.col.a': '句子 A',
	'nsp.col.b': '句子 B',
	'nsp.accuracy': '这个阈值下的准确率',
	'nsp.best': '所有阈值中最好的准确率',
	'nsp.auc': 'ROC 曲线下面积',
	'nsp.rocTitle': 'ROC 曲线：一次看遍所有阈值',
	'nsp.rocLoading': '正在加载 ROC 曲线图…',
	'nsp.rocAbout':
		'阈值越低，判为正例的句子对越多：曲线描出抓到的正例比例与误放进来的负例比例之间的关系。对角线等于瞎猜；曲线下面积是随机一个正例的分数高于随机一个负例的概率。',
	'nsp.rocLabel': '主题打分器在下一句句子对和句子顺序句子对上的 ROC 曲线，以及随机猜测的对角线',
	'nsp.axisFpr': '被判为正例的负例（%）',
	'nsp.axisTpr': '被判为正例的正例（%）',
	'nsp.seriesNsp': '下一句（NSP）',
	'nsp.seriesSop': '句子顺序（SOP）',
	'nsp.seriesChance': '随机猜测',
	'nsp.rocTable': '曲线的数值',
	'nsp.col.task': '任务',
	'nsp.col.threshold': '阈值',
	'nsp.col.fpr': '假正例率',
	'nsp.col.tpr': '真正例率',
	'nsp.sopTitle': '句子顺序：同样的两句，顺序正确或颠倒',
	'nsp.sopAbout':
		'ALBERT 把连续的句子对作为正例，把同样两句交换顺序作为负例（Lan 等，2020，§3.1）。这里：同样的 {n} 个连续句子对，由带种子的抛硬币决定 {pos} 对保持顺序、{neg} 对交换顺序。',
	'nsp.sopPair': '第 {i} 对，两种顺序',
	'nsp.symmetric': 'cosine(A, B) = {ab}，cosine(B, A) = {ba}：打分器分不出两种顺序。',
	'nsp.bothWays':
		'把每个连续句子对按正反两种顺序都算上，主题打分器的 AUC 是 {auc}，在任何阈值下准确率都是 {acc}：每个正例都有一个分数完全相同的负例。',
	'nsp.seeds':
		'在种子 0 到 {last} 上：NSP 的 AUC 平均为 {nspMean}（从 {nspMin} 到 {nspMax}），句子顺序的为 {sopMean}（从 {sopMin} 到 {sopMax}）。某个种子在句子顺序上高于 0.5，只是抛硬币的运气。',
	'nsp.seedsLoading': '正在计算 {n} 个种子上的 AUC……',
	'nsp.why':
		'可见主题打分器在 NSP 上胜过随机猜测，只是因为随机的 B 通常来自另一个回答、另一个话题：它解决了 NSP，却没有学到句子之间如何衔接。这正是 RoBERTa 测出的弱点——去掉 NSP 后下游结果持平甚至略有提升（Liu 等，2019，§4.2）——也是 ALBERT 改用句子顺序预测的原因：话题线索解决不了它（Lan 等，2020，§3.1）。',
	'nsp.small':
		'指南很小：{n} 个句子组成 {pairs} 个句子对，词向量也只在指南上训练，所以数值随种子变动；结论的高下不变。',
	'nsp.standIn':
		'这不是什么：BERT 用 Transformer 逐词、按顺序读两个句子来打分；这里的打分器故意不看顺序，为的是展示单靠话题线索能做到什么、做不到什么。'
};

export const nspStrings = strings(en, zh);
export const t = translator(controls, nspStrings);
