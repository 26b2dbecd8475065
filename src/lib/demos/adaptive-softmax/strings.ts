/** Strings of the adaptive softmax demo (question 42). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'as.intro':
		'A language model’s last layer scores every word of the vocabulary: d · V multiply-adds per token for a hidden state of width d. Word frequencies are very uneven, so the adaptive softmax (Grave et al., 2017) gives the few frequent words a full softmax (the head) and puts the many rare ones in tail clusters that are computed only when needed, on a narrower hidden state. Below, the vocabulary is the guide’s own text, counted word by word.',
	'as.loading': 'Counting the words of the guide…',
	'as.zipfTitle': 'The guide’s words by frequency: Zipf’s law',
	'as.zipfLabel': 'Count of each word against its rank, both on log scales',
	'as.zipfAbout':
		'Solid line: the guide’s words, most frequent first (one step per count). Dashed line: the least-squares fit ln count = ln C − s · ln rank. Vertical lines: the cutoffs between the head and the tail clusters.',
	'as.rank': 'Rank',
	'as.count': 'Count',
	'as.legendWords': 'words of the guide',
	'as.legendFit': 'Zipf fit',
	'as.legendCut': 'cutoffs',
	'as.stats': '{v} different words in {n} word tokens; fit s = {s}, C = {c}, R² = {r2}.',
	'as.small':
		'The guide is small (about {n} words of running text): most words occur once or twice, so the tail of the curve is a staircase, and the fit is rough there. Corpora of billions of words follow the line much further.',
	'as.topTable': 'The most frequent words',
	'as.col.rank': 'Rank',
	'as.col.word': 'Word',
	'as.col.count': 'Count',
	'as.col.part': 'Part',
	'as.head': 'Head size k_h (words)',
	'as.tail': 'End of the first tail cluster (rank)',
	'as.d': 'Hidden width d',
	'as.clamped':
		'The guide has {v} words: the cutoffs used are {cuts} (a cutoff must lie inside the vocabulary, the second after the first).',
	'as.costTitle': 'Cost per token: full against adaptive',
	'as.costAbout':
		'Every token computes the head: its k_h words plus one entry per tail cluster. A token whose word is in tail cluster i also projects the hidden state down to d / 4^i and scores that cluster’s words: with probability p_i, the cluster’s share of the text. This is the expected cost of training, where the target word is known (Grave et al., 2017, §4); producing the whole distribution at inference would compute every cluster.',
	'as.partHead': 'head',
	'as.partTail': 'tail {i}',
	'as.col.ranks': 'Ranks',
	'as.col.words': 'Words',
	'as.col.dim': 'Width',
	'as.col.mass': 'Share of tokens p_i',
	'as.col.cost': 'Cost when needed',
	'as.col.weighted': 'p_i · cost',
	'as.costTable': 'The parts of the adaptive softmax',
	'as.fullCost': 'Full softmax',
	'as.adaptiveCost': 'Adaptive softmax',
	'as.costLabel': 'Multiply-adds per token, full softmax and adaptive softmax',
	'as.speedup': 'Speed-up of the output layer: ×{x}',
	'as.madds': 'multiply-adds per token',
	'as.probTitle': 'One word’s probability, both ways',
	'as.probAbout':
		'The scores here are the words’ log counts, so the flat softmax gives each word its frequency. The two-level softmax multiplies p(cluster), from the head softmax, by p(word | cluster), from the cluster’s own softmax. With the cluster’s score equal to the log-sum-exp of its words’ scores the two agree exactly; a trained adaptive softmax learns its cluster scores, so move the offset to see what a cluster score that is off does.',
	'as.pick': 'Word (rank)',
	'as.shift': 'Offset of the cluster scores',
	'as.inHead':
		'“{word}” is in the head: its probability is read from the head softmax directly, p = {p}, the same as the flat softmax’s {flat}.',
	'as.twoLevel':
		'“{word}” is in tail {i}: p(tail {i}) · p(“{word}” | tail {i}) = {pc} · {pw} = {p}; the flat softmax gives {flat}.',
	'as.sumCheck':
		'All {v} two-level probabilities sum to {sum}: the head’s softmax sums to 1, and each cluster’s softmax splits its cluster’s share.',
	'as.scaleTitle': 'At larger vocabularies',
	'as.scaleAbout':
		'The same cost model, with Zipf frequencies of the fitted exponent s = {s}, width d = {d}, and the cutoffs at the same shares of the vocabulary as above. Computed here, not measured: real speed-ups also depend on how well the GPU runs small matrix products, which the paper’s time model includes and this count of multiply-adds does not.',
	'as.col.vocab': 'Vocabulary V',
	'as.col.cutoffs': 'Cutoffs',
	'as.col.full': 'Full d · V',
	'as.col.adaptive': 'Adaptive (expected)',
	'as.col.speedup': 'Speed-up',
	'as.published':
		'Grave et al. (2017) report measured training speed-ups on EuroParl and One Billion Word with GPUs; their figures are not repeated here, because we could not check them against the paper’s tables.',
	'as.source':
		'Source: Grave, Joulin, Cissé, Grangier and Jégou, “Efficient softmax approximation for GPUs”, ICML 2017 (arXiv:1609.04309), §4: the cost model and the clusters of reduced capacity.'
};

const zh: Record<keyof typeof en, string> = {
	'as.intro':
		'语言模型的最后一层要给词表中的每个词打分：隐藏状态宽度为 d 时，每个词元需要 d · V 次乘加。词频极不均匀，所以自适应 softmax（Grave 等，2017）让少数高频词走完整的 softmax（头部），把大量罕见词放进尾部簇，只在需要时才在更窄的隐藏状态上计算。下面的词表来自本指南自己的文本，逐词计数。',
	'as.loading': '正在统计本指南的词……',
	'as.zipfTitle': '本指南的词按频率排列：齐普夫定律',
	'as.zipfLabel': '每个词的出现次数与其排名，两轴均为对数刻度',
	'as.zipfAbout':
		'实线：本指南的词，高频在前（每个次数一级台阶）。虚线：最小二乘拟合 ln 次数 = ln C − s · ln 排名。竖线：头部与尾部簇之间的分界。',
	'as.rank': '排名',
	'as.count': '次数',
	'as.legendWords': '本指南的词',
	'as.legendFit': '齐普夫拟合',
	'as.legendCut': '分界',
	'as.stats': '{n} 个词中共有 {v} 个不同的词；拟合 s = {s}，C = {c}，R² = {r2}。',
	'as.small':
		'本指南很小（正文约 {n} 个词）：大多数词只出现一两次，所以曲线尾部呈阶梯状，拟合在那里很粗糙。数十亿词的语料会沿着直线延伸得远得多。',
	'as.topTable': '最常见的词',
	'as.col.rank': '排名',
	'as.col.word': '词',
	'as.col.count': '次数',
	'as.col.part': '部分',
	'as.head': '头部大小 k_h（词数）',
	'as.tail': '第一个尾部簇的结束排名',
	'as.d': '隐藏宽度 d',
	'as.clamped':
		'本指南有 {v} 个词：实际使用的分界为 {cuts}（分界必须位于词表之内，第二个分界要在第一个之后）。',
	'as.costTitle': '每个词元的计算量：完整与自适应',
	'as.costAbout':
		'每个词元都要计算头部：k_h 个词，外加每个尾部簇一项。若词元的词在尾部簇 i 中，还要把隐藏状态投影到 d / 4^i，再给该簇的词打分：发生的概率为 p_i，即该簇在文本中所占的比例。这是训练时的期望计算量，因为训练时目标词已知（Grave 等，2017，§4）；推理时若要得到完整分布，则每个簇都要计算。',
	'as.partHead': '头部',
	'as.partTail': '尾部 {i}',
	'as.col.ranks': '排名',
	'as.col.words': '词数',
	'as.col.dim': '宽度',
	'as.col.mass': '词元比例 p_i',
	'as.col.cost': '需要时的计算量',
	'as.col.weighted': 'p_i · 计算量',
	'as.costTable': '自适应 softmax 的各部分',
	'as.fullCost': '完整 softmax',
	'as.adaptiveCost': '自适应 softmax',
	'as.costLabel': '每个词元的乘加次数：完整 softmax 与自适应 softmax',
	'as.speedup': '输出层的加速比：×{x}',
	'as.madds': '每个词元的乘加次数',
	'as.probTitle': '一个词的概率，两种算法',
	'as.probAbout':
		'这里的分数是各词出现次数的对数，所以普通 softmax 给出的正是每个词的频率。两级 softmax 把头部 softmax 给出的 p(簇) 乘以该簇自己的 softmax 给出的 p(词 | 簇)。当簇的分数等于其中各词分数的 log-sum-exp 时，两者完全一致；训练出来的自适应 softmax 是学习簇分数的，拖动偏移量可以看到簇分数不准时会怎样。',
	'as.pick': '词（排名）',
	'as.shift': '簇分数的偏移量',
	'as.inHead':
		'“{word}”在头部：它的概率直接从头部 softmax 读出，p = {p}，与普通 softmax 的 {flat} 相同。',
	'as.twoLevel':
		'“{word}”在尾部 {i}：p(尾部 {i}) · p(“{word}” | 尾部 {i}) = {pc} · {pw} = {p}；普通 softmax 给出 {flat}。',
	'as.sumCheck':
		'全部 {v} 个两级概率之和为 {sum}：头部的 softmax 之和为 1，每个簇的 softmax 再把该簇的份额分给簇内各词。',
	'as.scaleTitle': '更大的词表',
	'as.scaleAbout':
		'同一个计算量模型，使用拟合指数 s = {s} 的齐普夫频率、宽度 d = {d}，分界在词表中的比例与上面相同。这是计算出来的，不是测量值：实际加速还取决于 GPU 执行小矩阵乘法的效率，论文的时间模型考虑了这一点，这里的乘加计数没有。',
	'as.col.vocab': '词表大小 V',
	'as.col.cutoffs': '分界',
	'as.col.full': '完整 d · V',
	'as.col.adaptive': '自适应（期望）',
	'as.col.speedup': '加速比',
	'as.published':
		'Grave 等（2017）报告了在 GPU 上用 EuroParl 和 One Billion Word 实测的训练加速；这里不转述这些数字，因为我们无法对照论文的表格核实它们。',
	'as.source':
		'来源：Grave、Joulin、Cissé、Grangier 和 Jégou，“Efficient softmax approximation for GPUs”，ICML 2017（arXiv:1609.04309），§4：计算量模型与降低容量的簇。'
};

export const adaptiveStrings = strings(en, zh);
export const t = translator(controls, adaptiveStrings);
