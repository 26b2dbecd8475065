/** Strings of the bias demo (question 45). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'bias.intro':
		'Bias in, bias out, measured. A generator writes a small corpus in which you set how often occupations appear with the gendered words of their stereotype. Word vectors and an n-gram model are trained on it here, in your browser; then the bias they picked up is measured, removed by hard debiasing, and measured again.',
	'bias.isNot':
		'The corpus is a toy: {sentences} template sentences, {tokens} tokens, a vocabulary of {vocab} words, written by a generator from the seed. Real embeddings show the same effect at scale: Caliskan, Bryson & Narayanan (2017, Science) found a WEAT effect size of d = 1.81 between career and family words and male and female names in GloVe vectors trained on a web crawl (Table 1), and the gender association of 50 occupation words correlated with the share of women in those jobs at ρ = 0.90 (Fig. 1).',
	'bias.corpus': 'Corpus',
	'bias.corpus.en': 'English templates (he / she)',
	'bias.corpus.zh': 'Chinese templates (他 / 她)',
	'bias.skew': 'Sentences that follow the stereotype',
	'bias.skewValue': '{pct} % (50 % is balanced)',
	'bias.sentences': 'Sentences in the corpus',
	'bias.training': 'Training the word vectors and the n-gram models…',
	'bias.updating': 'Retraining for the new setting…',
	'bias.failed': 'Training failed: {error}',
	'bias.inHeading': 'What went in',
	'bias.examples': 'The first sentences the generator wrote',
	'bias.sharesCaption': 'Share of each occupation’s sentences that use the male pronoun',
	'bias.colJob': 'occupation',
	'bias.colSentences': 'sentences',
	'bias.colMale': 'male pronoun',
	'bias.vectorsHeading': 'Word vectors: the gender direction',
	'bias.vectorsAbout':
		'PPMI → SVD vectors ({dim} dimensions, window {window}) trained on the corpus. The gender direction g is the first principal component of the differences within the pairs {pairs} (Bolukbasi et al., 2016, §5). Each occupation’s projection w·g says which side of it the occupation sits on.',
	'bias.projChart': 'Projection of each occupation on the gender direction',
	'bias.projAbout':
		'Bars to the right lean toward he, to the left toward she. After hard debiasing every projection is 0, by construction.',
	'bias.axisProj': 'w · g (cosine)',
	'bias.before': 'before debiasing',
	'bias.after': 'after debiasing',
	'bias.weatHeading': 'The Word Embedding Association Test',
	'bias.weatAbout':
		'WEAT as Caliskan et al. (2017) define it: targets X = {X} (stereotyped male) and Y = {Y} (stereotyped female), attributes A = {A} and B = {B}. s(w, A, B) = mean cos(w, a) − mean cos(w, b); d = (mean over X of s − mean over Y of s) / standard deviation of s over X ∪ Y (sample, n − 1); p is the one-sided permutation p-value over all {partitions} ways to split X ∪ Y in two, computed exactly.',
	'bias.weatFilled': 'd = ({mx} − ({my})) / {sd} = {d}',
	'bias.weatNaN':
		'every s(w, A, B) is the same: d is 0 / 0, there is no association left to measure',
	'bias.d': 'effect size d',
	'bias.p': 'p-value',
	'bias.skewedCorpus': 'this corpus',
	'bias.balancedCorpus': 'balanced corpus (50 %, same seed)',
	'bias.assocChart': 's(w, A, B) for each occupation, before and after debiasing',
	'bias.assocAbout':
		'How much closer each occupation is to the male names than to the female names, in mean cosine.',
	'bias.axisAssoc': 's(w, A, B)',
	'bias.debiasHeading': 'Hard debiasing',
	'bias.debiasAbout':
		'Neutralise: every word that is not gendered by definition loses its component along g (w ← w − (w·g) g, rescaled to length 1), so it is orthogonal to g. Equalise: each defining pair is moved to be symmetric about the neutral plane, so every neutral word is exactly as far from he as from she. Names, like the paper’s gender-specific words, are left as they are.',
	'bias.cluster':
		'Nearest occupation in the same stereotyped group: {before} of 8 before, {after} of 8 after (about {chance} by chance).',
	'bias.clusterNote':
		'In this toy, gender is almost one direction, so removing it removes most of the association. In real embeddings it is not: Gonen & Goldberg (2019, “Lipstick on a Pig”, NAACL) found that after hard debiasing, words that were biased still cluster with each other and can be classified by their old gender from their neighbours.',
	'bias.ngramHeading': 'The n-gram model: “{prompt} ___”',
	'bias.ngramAbout':
		'A 5-gram model with Kneser–Ney smoothing, trained on this corpus and on the balanced one. Five words of context reach back to the occupation; a trigram would see only “{short}” and give every occupation the same answer.',
	'bias.job': 'Occupation',
	'bias.ngramChart': 'Probability of the next word after “{prompt}”',
	'bias.nextRow': '{he} {pHe} · {she} {pShe}',
	'bias.ngramCaption': 'P(next word | the occupation’s prompt) for every occupation',
	'bias.colHeSkewed': 'P({he}), this corpus',
	'bias.colSheSkewed': 'P({she}), this corpus',
	'bias.colHeBalanced': 'P({he}), balanced',
	'bias.colSheBalanced': 'P({she}), balanced',
	'bias.tableSummary': 'The numbers of the charts',
	'bias.vectorsCaption':
		'Per occupation: projection on g and s(w, A, B), before and after debiasing',
	'bias.colProjBefore': 'w·g before',
	'bias.colProjAfter': 'w·g after',
	'bias.colAssocBefore': 's before',
	'bias.colAssocAfter': 's after',
	'bias.colNearest': 'nearest occupation (before → after)',
	'bias.fix':
		'What the guide’s answer asks for, on this page: analysing patterns is the measurement above; a balanced dataset is the 50 % setting; a debiasing technique is the hard debiasing. Retraining with curated data is moving the slider back and training again.'
};

const zh: Record<keyof typeof en, string> = {
	'bias.intro':
		'偏见进，偏见出，并加以度量。一个生成器写出一个小语料库，由你设定职业与其刻板印象中的性别词一起出现的频率。词向量和 n-gram 模型就在你的浏览器里用它训练；然后度量它们学到的偏见，用硬去偏将其去除，再度量一次。',
	'bias.isNot':
		'这个语料库只是玩具：{sentences} 个模板句子、{tokens} 个词元、{vocab} 个词的词表，由生成器根据随机种子写出。真实的嵌入在大规模上表现出同样的效应：Caliskan、Bryson 和 Narayanan（2017，Science）在网页语料上训练的 GloVe 向量中，测得职业与家庭词和男性与女性名字之间的 WEAT 效应量 d = 1.81（表 1），并发现 50 个职业词的性别关联与这些职业中女性所占比例的相关系数 ρ = 0.90（图 1）。',
	'bias.corpus': '语料库',
	'bias.corpus.en': '英文模板（he / she）',
	'bias.corpus.zh': '中文模板（他 / 她）',
	'bias.skew': '符合刻板印象的句子',
	'bias.skewValue': '{pct}%（50% 为平衡）',
	'bias.sentences': '语料库中的句子数',
	'bias.training': '正在训练词向量和 n-gram 模型…',
	'bias.updating': '正在为新设置重新训练…',
	'bias.failed': '训练失败：{error}',
	'bias.inHeading': '输入了什么',
	'bias.examples': '生成器写出的前几个句子',
	'bias.sharesCaption': '每个职业的句子中使用男性代词的比例',
	'bias.colJob': '职业',
	'bias.colSentences': '句子数',
	'bias.colMale': '男性代词',
	'bias.vectorsHeading': '词向量：性别方向',
	'bias.vectorsAbout':
		'在语料库上训练的 PPMI → SVD 向量（{dim} 维，窗口 {window}）。性别方向 g 是词对 {pairs} 内部差值的第一主成分（Bolukbasi 等，2016，第 5 节）。每个职业的投影 w·g 表明它位于哪一侧。',
	'bias.projChart': '每个职业在性别方向上的投影',
	'bias.projAbout':
		'向右的条偏向 he（他），向左的偏向 she（她）。硬去偏之后，每个投影按构造都为 0。',
	'bias.axisProj': 'w · g（余弦）',
	'bias.before': '去偏之前',
	'bias.after': '去偏之后',
	'bias.weatHeading': '词嵌入关联测试（WEAT）',
	'bias.weatAbout':
		'按 Caliskan 等（2017）的定义计算 WEAT：目标集 X = {X}（刻板印象中的男性职业）和 Y = {Y}（女性职业），属性集 A = {A} 和 B = {B}。s(w, A, B) = 与 A 的平均余弦 − 与 B 的平均余弦；d =（X 上 s 的均值 − Y 上 s 的均值）/ X ∪ Y 上 s 的标准差（样本标准差，n − 1）；p 是单侧置换检验的 p 值，精确枚举把 X ∪ Y 一分为二的全部 {partitions} 种方式。',
	'bias.weatFilled': 'd = ({mx} − ({my})) / {sd} = {d}',
	'bias.weatNaN': '每个 s(w, A, B) 都相同：d 为 0 / 0，已没有可度量的关联',
	'bias.d': '效应量 d',
	'bias.p': 'p 值',
	'bias.skewedCorpus': '当前语料库',
	'bias.balancedCorpus': '平衡语料库（50%，同一随机种子）',
	'bias.assocChart': '每个职业的 s(w, A, B)，去偏前后',
	'bias.assocAbout': '每个职业与男性名字比与女性名字近多少（平均余弦）。',
	'bias.axisAssoc': 's(w, A, B)',
	'bias.debiasHeading': '硬去偏',
	'bias.debiasAbout':
		'中和：每个并非按定义带有性别的词都去掉沿 g 的分量（w ← w − (w·g) g，再缩放到长度 1），从而与 g 正交。均衡：每个定义词对被移到关于中性平面对称的位置，使每个中性词与 he 和 she 的距离完全相同。名字和论文中的性别专有词一样，保持不变。',
	'bias.cluster':
		'最近的职业属于同一刻板印象组的：去偏前 8 个中有 {before} 个，去偏后 {after} 个（随机约为 {chance} 个）。',
	'bias.clusterNote':
		'在这个玩具里，性别几乎只是一个方向，所以去掉它就去掉了大部分关联。真实的嵌入并非如此：Gonen 和 Goldberg（2019，“Lipstick on a Pig”，NAACL）发现，硬去偏之后，原本有偏见的词仍然彼此聚在一起，并能从邻居判断出它们原来的性别。',
	'bias.ngramHeading': 'n-gram 模型：“{prompt}___”',
	'bias.ngramAbout':
		'一个采用 Kneser–Ney 平滑的 5-gram 模型，分别在当前语料库和平衡语料库上训练。五个词的上下文能回溯到职业；三元语法只能看到“{short}”，对每个职业都给出同样的答案。',
	'bias.job': '职业',
	'bias.ngramChart': '“{prompt}”之后下一个词的概率',
	'bias.nextRow': '{he} {pHe} · {she} {pShe}',
	'bias.ngramCaption': '每个职业的 P(下一个词 | 该职业的开头)',
	'bias.colHeSkewed': 'P({he})，当前语料库',
	'bias.colSheSkewed': 'P({she})，当前语料库',
	'bias.colHeBalanced': 'P({he})，平衡',
	'bias.colSheBalanced': 'P({she})，平衡',
	'bias.tableSummary': '图表的数值',
	'bias.vectorsCaption': '每个职业：在 g 上的投影和 s(w, A, B)，去偏前后',
	'bias.colProjBefore': '去偏前 w·g',
	'bias.colProjAfter': '去偏后 w·g',
	'bias.colAssocBefore': '去偏前 s',
	'bias.colAssocAfter': '去偏后 s',
	'bias.colNearest': '最近的职业（去偏前 → 后）',
	'bias.fix':
		'本指南的回答所要求的，在这一页上：分析模式就是上面的度量；平衡数据集就是 50% 的设置；去偏差技术就是硬去偏。用精选数据重新训练，就是把滑块拨回去再训练一次。'
};

export const biasStrings = strings(en, zh);
export const t = translator(controls, biasStrings);
