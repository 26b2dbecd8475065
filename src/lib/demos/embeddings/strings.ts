/** Strings of the embeddings demo (question 10). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'emb.intro':
		'The guide’s own words as vectors, made two ways. Counted: how often words occur near each other, turned into PPMI scores and factorised (computed once, the same vectors the attention demos use). Learned: word2vec’s skip-gram with negative sampling, trained here in front of you from random numbers, as the answer says embeddings start. Search a word to see where it sits and which words are nearest in each.',
	'emb.loading': 'Reading the guide and computing the counted vectors…',
	'emb.failed': 'The vectors could not be computed: {error}',
	'emb.defaultWord': 'attention',
	'emb.searchTitle': 'Search a word',
	'emb.search': 'Word',
	'emb.k': 'Nearest neighbours shown',
	'emb.corpus':
		'The English answers hold {tokens} words ({distinct} different ones); both maps keep the {kept} seen at least {min} times. (On the Chinese page the Chinese answers, cut into words by the browser’s word segmenter.)',
	'emb.unknown':
		'“{word}” is not among the words the guide uses at least {min} times in this language. Pick one from the suggestions.',
	'emb.count': '“{word}” occurs {n} times (number {rank} by frequency among the words kept).',
	'emb.mapsTitle': 'Two maps of the same {n} words',
	'emb.mapsLook':
		'What to look for: press Play. The learned map starts as noise (random vectors, its colours mixed) and, as the loss falls, sorts its colours much as the counted map does; the searched word’s neighbours in the table change as it learns, and some come to agree with the counted ones.',
	'emb.ppmiAbout':
		'Counted vectors: how often two words occur within 3 words of each other in the guide’s answers (English and Chinese together), turned into positive pointwise mutual information (PPMI, context counts smoothed with α = 0.75), then the 32 leading eigenvectors of that symmetric matrix (its SVD), each scaled by √|λ| (Levy, Goldberg & Dagan, 2015, “Improving Distributional Similarity with Lessons Learned from Word Embeddings”, TACL). Both are small-corpus word vectors: an LLM learns its embedding matrix together with the rest of the network, from billions of words.',
	'emb.trainTitle': 'Skip-gram with negative sampling',
	'emb.trainStatus': 'step {step}, epoch {epoch} / {total}',
	'emb.speed': 'Speed',
	'emb.speed.watch': 'Watch (30 steps/s)',
	'emb.speed.fast': 'As fast as it goes',
	'emb.ppmiTitle': 'Counted: PPMI → SVD',
	'emb.sgnsTitle': 'Learned: skip-gram, step {step}',
	'emb.ppmiMapLabel': 'The {n} words on the first two principal components of their PPMI vectors',
	'emb.sgnsMapLabel':
		'The {n} words on the first two principal components of their skip-gram vectors after {step} steps',
	'emb.mapAbout':
		'Each dot is a word; the searched word is ringed in orange and its nearest neighbours (by cosine in the full vectors) are ringed and named.',
	'emb.mapTable': 'The map’s coordinates',
	'emb.colourKey':
		'Colour: which tenth of the counted map, from left to right, a word falls in; each word keeps its colour on the learned map. Where the learned map sorts the colours as the counted one does, the two methods agree. Each map is the two directions of largest spread (PCA) of its vectors; the learned one is turned or mirrored (never stretched) to best match the counted one at every frame, so it moves instead of flipping. Neighbours are measured in the full vectors, not on the flat map, and two words close on the map may be far apart in them.',
	'emb.neighboursCaption': 'Nearest neighbours of “{word}” by cosine similarity',
	'emb.col.ppmi': 'Counted (PPMI)',
	'emb.col.sgns': 'Learned (skip-gram)',
	'emb.col.cosine': 'cos',
	'emb.col.word': 'Word',
	'emb.overlap': 'In both lists: {shared} of {k} ({words}).',
	'emb.noLearned': 'The learned list appears once the run has started.',
	'emb.starting': 'Starting the training run…',
	'emb.trainIntro':
		'Every word gets two vectors, an embedding v and a context vector u. For each word in a sentence and each word within the window around it, the model raises σ(u_context · v_word) and lowers σ(u_noise · v_word) for k noise words drawn from the word counts raised to the power ¾; the loss is −log σ(u_o·v_c) − Σ log σ(−u_n·v_c) (Mikolov et al., 2013, “Distributed Representations of Words and Phrases and their Compositionality”, §2.2). Changing a setting starts the run over.',
	'emb.presets': 'Settings to try',
	'emb.preset.small': 'Tuned for this small corpus',
	'emb.preset.word2vec': 'word2vec’s defaults (5 epochs)',
	'emb.preset.plane': 'Two dimensions: no projection',
	'emb.preset.oneNoise': 'One noise word',
	'emb.preset.noSub': 'No subsampling',
	'emb.dim': 'Dimensions',
	'emb.win': 'Window (words each side, at most)',
	'emb.neg': 'Noise words k per pair',
	'emb.lr': 'Learning rate (falls linearly to 0)',
	'emb.epochs': 'Epochs',
	'emb.sub': 'Subsample frequent words (t = {t})',
	'emb.lossLabel': 'Mean loss per (word, context) pair at each step',
	'emb.lossAbout':
		'At the start every context vector is zero, so every σ is ½ and the loss of a pair with {k} noise words is (k + 1)·log 2 = {start}.',
	'emb.epochAxis': 'epoch',
	'emb.lossAxis': 'loss',
	'emb.lossLegend':
		'Solid: the mean loss of each step’s pairs. Dashed: {start}, the loss at the start.',
	'emb.lossNow': 'Loss, last step',
	'emb.lrNow': 'Learning rate now',
	'emb.fewEpochs':
		'{epochs} epochs were enough for word2vec on billions of words; on a corpus of a few thousand words the vectors have barely moved from their random start.',
	'emb.lossTable': 'Every step of the run',
	'emb.col.step': 'Step',
	'emb.col.epoch': 'Epoch',
	'emb.col.lr': 'Learning rate',
	'emb.col.loss': 'Mean loss',
	'emb.sgnsAbout':
		'As in word2vec: embeddings start uniform in ±0.5/d and context vectors at zero; each word’s window is drawn from 1 to the window size, so nearer words count more; with subsampling a word of frequency f is kept with probability √(t/f) each epoch (§2.3). One step is 200 words of the epoch in a random order. Everything is drawn from the seed, so a link replays the same run. Levy & Goldberg (2014, “Neural Word Embedding as Implicit Matrix Factorization”, NeurIPS) showed that this objective, at its optimum, factorises the PMI matrix shifted by log k: the two methods on this page are close relatives, one counting, one sampling.',
	'emb.analogyTitle': 'Analogies: a − b + c',
	'emb.analogyIntro':
		'“king − man + woman ≈ queen”: the word whose vector is nearest (by cosine) to the sum of the three unit vectors, the three words themselves left out (Mikolov, Yih & Zweig, 2013, “Linguistic Regularities in Continuous Space Word Representations”, NAACL).',
	'emb.analogyExamples': 'Examples',
	'emb.analogy.a': 'a',
	'emb.analogy.b': 'minus b',
	'emb.analogy.c': 'plus c',
	'emb.analogyMissing': 'Not among the words the maps keep: {words}.',
	'emb.analogyRank': 'The expected answer “{word}” ranks {rank} of {of}.',
	'emb.analogyWhy':
		'Expect these to fail here, and they do. An analogy needs the same relation (singular to plural, input to output) to shift many word pairs the same way, which vectors learn only from many examples of each: Mikolov, Chen, Corrado & Dean (2013, “Efficient Estimation of Word Representations in Vector Space”, §4) trained on about 6 billion words of Google News. The guide has a few thousand, and most words occur only a handful of times, so the sum a − b + c lands among generally frequent words rather than on the answer.'
};

const zh: Record<keyof typeof en, string> = {
	'emb.intro':
		'把指南自己的词表示成向量，用两种方法。计数：统计词与词在附近共同出现的次数，转成 PPMI 分数再分解（只算一次，与注意力演示用的是同一组向量）。学习：word2vec 的 skip-gram（跳元模型）加负采样，就在你眼前从随机数开始训练，正如回答所说，嵌入从随机初始化开始。搜索一个词，看它在两种方法里的位置和最近的词。',
	'emb.loading': '正在读取指南并计算计数向量…',
	'emb.failed': '无法计算向量：{error}',
	'emb.defaultWord': '注意力',
	'emb.searchTitle': '搜索一个词',
	'emb.search': '词',
	'emb.k': '显示的最近邻个数',
	'emb.corpus':
		'中文回答共有 {tokens} 个词（{distinct} 个不同的词），由浏览器的分词器（Intl.Segmenter）切分，它会把一些术语拆开（例如“编码器”切成“编码”和“器”）；两张图都只保留出现至少 {min} 次的 {kept} 个词。（英文页面用英文回答。）',
	'emb.unknown': '“{word}”不在本语言中出现至少 {min} 次的词里。请从建议中选一个。',
	'emb.count': '“{word}”出现 {n} 次（保留的词中频率排第 {rank}）。',
	'emb.mapsTitle': '同样 {n} 个词的两张图',
	'emb.mapsLook':
		'看什么：按下播放。学习得到的图一开始是噪声（随机向量，颜色混杂），随着损失下降，它的颜色排列得越来越像计数图；表中所搜词的最近邻在学习中不断变化，其中一些会与计数方法的结果一致。',
	'emb.ppmiAbout':
		'计数向量：统计指南回答（英文和中文合在一起）中两个词相距 3 个词以内共同出现的次数，转成正点互信息（PPMI，上下文计数用 α = 0.75 平滑），再取这个对称矩阵的前 32 个特征向量（即它的 SVD），各乘以 √|λ|（Levy、Goldberg 与 Dagan，2015，“Improving Distributional Similarity with Lessons Learned from Word Embeddings”，TACL）。两种都是小语料上的词向量：LLM 的嵌入矩阵是与网络其余部分一起、从几十亿个词中学到的。',
	'emb.trainTitle': 'skip-gram 加负采样',
	'emb.trainStatus': '第 {step} 步，第 {epoch} / {total} 轮',
	'emb.speed': '速度',
	'emb.speed.watch': '观看（每秒 30 步）',
	'emb.speed.fast': '尽可能快',
	'emb.ppmiTitle': '计数：PPMI → SVD',
	'emb.sgnsTitle': '学习：skip-gram，第 {step} 步',
	'emb.ppmiMapLabel': '{n} 个词在其 PPMI 向量前两个主成分上的位置',
	'emb.sgnsMapLabel': '{n} 个词在训练 {step} 步后的 skip-gram 向量前两个主成分上的位置',
	'emb.mapAbout':
		'每个点是一个词；所搜的词用橙色圆圈标出，它的最近邻（按完整向量的余弦）用圆圈标出并写上名字。',
	'emb.mapTable': '图中的坐标',
	'emb.colourKey':
		'颜色：词落在计数图从左到右的第几个十分之一；每个词在学习图上保持同样的颜色。学习图把颜色排得和计数图一样的地方，两种方法就一致。每张图都是其向量分布最广的两个方向（PCA）；学习图在每一帧都经过旋转或镜像（从不拉伸）以尽量贴合计数图，所以你看到的是移动而不是翻转。最近邻是在完整向量中计算的，不是在平面图上：图上靠近的两个词在完整向量中可能相距很远。',
	'emb.neighboursCaption': '“{word}”按余弦相似度的最近邻',
	'emb.col.ppmi': '计数（PPMI）',
	'emb.col.sgns': '学习（skip-gram）',
	'emb.col.cosine': '余弦',
	'emb.col.word': '词',
	'emb.overlap': '两个列表共有：{k} 个中的 {shared} 个（{words}）。',
	'emb.noLearned': '训练开始后才会出现学习方法的列表。',
	'emb.starting': '正在启动训练…',
	'emb.trainIntro':
		'每个词有两个向量：嵌入 v 和上下文向量 u。对句子中的每个词，以及窗口内它周围的每个词，模型提高 σ(u_上下文 · v_词)，并对从词频的 ¾ 次方分布中抽出的 k 个噪声词降低 σ(u_噪声 · v_词)；损失为 −log σ(u_o·v_c) − Σ log σ(−u_n·v_c)（Mikolov 等，2013，“Distributed Representations of Words and Phrases and their Compositionality”，第 2.2 节）。改变任何设置都会让训练从头开始。',
	'emb.presets': '可以试试的设置',
	'emb.preset.small': '为这个小语料调好的设置',
	'emb.preset.word2vec': 'word2vec 的默认设置（5 轮）',
	'emb.preset.plane': '二维：不需要投影',
	'emb.preset.oneNoise': '一个噪声词',
	'emb.preset.noSub': '不做下采样',
	'emb.dim': '维数',
	'emb.win': '窗口（每侧最多几个词）',
	'emb.neg': '每对的噪声词数 k',
	'emb.lr': '学习率（线性降到 0）',
	'emb.epochs': '轮数',
	'emb.sub': '对高频词下采样（t = {t}）',
	'emb.lossLabel': '每一步中每个（词，上下文）对的平均损失',
	'emb.lossAbout':
		'开始时所有上下文向量都是零，所以每个 σ 都是 ½，带 {k} 个噪声词的一对的损失是 (k + 1)·log 2 = {start}。',
	'emb.epochAxis': '轮',
	'emb.lossAxis': '损失',
	'emb.lossLegend': '实线：每一步各词对的平均损失。虚线：开始时的损失 {start}。',
	'emb.lossNow': '最后一步的损失',
	'emb.lrNow': '当前学习率',
	'emb.fewEpochs':
		'对几十亿词的语料，word2vec 训练 {epochs} 轮就够了；在只有几千个词的语料上，向量几乎没有离开随机的起点。',
	'emb.lossTable': '训练每一步的数据',
	'emb.col.step': '步',
	'emb.col.epoch': '轮',
	'emb.col.lr': '学习率',
	'emb.col.loss': '平均损失',
	'emb.sgnsAbout':
		'与 word2vec 相同：嵌入从 ±0.5/d 内的均匀分布开始，上下文向量从零开始；每个词的窗口大小在 1 到设定值之间随机抽取，所以越近的词权重越大；下采样时，频率为 f 的词每轮以 √(t/f) 的概率保留（第 2.3 节）。每一步处理本轮中随机顺序的 200 个词。所有随机数都来自随机种子，所以同一个链接会重放同样的训练。Levy 与 Goldberg（2014，“Neural Word Embedding as Implicit Matrix Factorization”，NeurIPS）证明，这个目标在最优点上分解的是平移了 log k 的 PMI 矩阵：本页的两种方法是近亲，一个计数，一个采样。',
	'emb.analogyTitle': '类比：a − b + c',
	'emb.analogyIntro':
		'“king − man + woman ≈ queen”：找出向量（按余弦）最接近这三个单位向量之和的词，这三个词本身除外（Mikolov、Yih 与 Zweig，2013，“Linguistic Regularities in Continuous Space Word Representations”，NAACL）。',
	'emb.analogyExamples': '例子',
	'emb.analogy.a': 'a',
	'emb.analogy.b': '减 b',
	'emb.analogy.c': '加 c',
	'emb.analogyMissing': '这些词不在图中保留的词里：{words}。',
	'emb.analogyRank': '预期答案“{word}”排在 {of} 个词中的第 {rank} 位。',
	'emb.analogyWhy':
		'在这里类比预计会失败，结果也确实如此。类比需要同一种关系（单数到复数、输入到输出）把许多词对朝同一方向平移，而向量只有见过每种关系的大量例子才能学到：Mikolov、Chen、Corrado 与 Dean（2013，“Efficient Estimation of Word Representations in Vector Space”，第 4 节）用了约 60 亿词的 Google News 语料。指南只有几千个词，大多数词只出现寥寥几次，所以 a − b + c 落在一般的高频词附近，而不是答案上。'
};

export const embeddingStrings = strings(en, zh);
export const t = translator(controls, embeddingStrings);
