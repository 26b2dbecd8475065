/** Strings of the retrieval-augmented generation demo (question 36). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'rag.intro':
		'The document store is this guide: its 50 answers in English and in Chinese, cut into chunks of a few words. Your question retrieves the chunks that match it best, and they are pasted, numbered, into the prompt a language model would receive.',
	'rag.isNot':
		'No language model writes an answer here. The page shows the retrieval and the prompt a model would be given; the generation step, the G of RAG (Lewis et al., 2020), is left out.',
	'rag.small':
		'The store is small ({enWords} English words and {zhWords} Chinese words), and the word vectors are learned from it alone: the dense method knows few words and often misses.',
	'rag.query': 'Your question',
	'rag.queryHint': '{length} / {max} characters · {words} words',
	'rag.examples': 'Examples',
	'rag.method': 'Retrieval',
	'rag.method.bm25': 'BM25 (shared words)',
	'rag.method.dense': 'Dense (word vectors)',
	'rag.method.hybrid': 'Hybrid',
	'rag.weight': 'Hybrid: BM25’s share',
	'rag.size': 'Chunk size (words)',
	'rag.overlap': 'Overlap (% of a chunk)',
	'rag.k': 'Chunks retrieved (k)',
	'rag.loading': 'Loading the guide and learning its word vectors…',
	'rag.loadFailed': 'The guide could not be loaded: {error}',
	'rag.evalLoading': 'Loading the evaluation over every chunk size…',
	'rag.storeSize':
		'{chunks} chunks of up to {size} words, neighbours sharing {overlap} words, from {answers} answers.',
	'rag.empty': 'Type a question to retrieve chunks.',
	'rag.noWords':
		'The question holds no words (emoji, punctuation and symbols are not indexed): nothing to retrieve.',
	'rag.noMatch':
		'No chunk shares a word with the question, and none of its words has a word vector: the store has nothing to offer.',
	'rag.noMatchMethod': 'This method retrieves nothing for the question; try another one.',
	'rag.resultsHeading': 'The top {k} chunks',
	'rag.resultsLabel': 'Retrieved chunks, best first',
	'rag.rank': 'Rank {rank}',
	'rag.from': 'answer {question} · {lang}',
	'rag.lang.en': 'English',
	'rag.lang.zh': 'Chinese',
	'rag.name.bm25': 'BM25',
	'rag.name.dense': 'dense',
	'rag.name.hybrid': 'hybrid',
	'rag.score.bm25': 'BM25',
	'rag.score.dense': 'cosine',
	'rag.score.hybrid': 'hybrid',
	'rag.matchesNote': 'Highlighted: words the chunk shares with the question (what BM25 counts).',
	'rag.breakdown': 'How the first chunk’s BM25 score adds up',
	'rag.formula':
		'score = Σ IDF(t) · f · (k₁ + 1) / (f + k₁ · (1 − b + b · |D| / avgdl)), IDF(t) = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5)); k₁ = {k1}, b = {b}, |D| = {length}, avgdl = {avg}, N = {n} (Robertson & Zaragoza, 2009, §3.4).',
	'rag.breakdownCaption': 'The BM25 score of the first chunk, term by term',
	'rag.colTerm': 'word t',
	'rag.colCount': 'f (in the chunk)',
	'rag.colDocs': 'n(t) (chunks holding it)',
	'rag.colIdf': 'IDF(t)',
	'rag.colShare': 'share of the score',
	'rag.total': 'total',
	'rag.hybridNote':
		'Hybrid = w · BM25′ + (1 − w) · cosine′, each score scaled to 0 … 1 over all chunks first (min–max), w = {w}.',
	'rag.promptHeading': 'The prompt a model would receive',
	'rag.promptAbout':
		'The retrieved chunks, numbered, then your question: the model is asked to answer from them and cite them by number. {chars} characters.',
	'rag.promptLabel': 'The augmented prompt',
	'rag.promptInstruction':
		'Answer the question using only the sources below. Cite each source you use by its number, like [1]. If the sources do not hold the answer, say so.',
	'rag.promptSource': 'Source',
	'rag.promptQuestion': 'Question',
	'rag.promptAnswer': 'Answer',
	'rag.evalHeading': 'Does retrieval find the right answer?',
	'rag.evalAbout':
		'Each question’s title (the question as asked, which is not in the store) is used as a query: does a chunk of its own answer, in either language, come back among the first k? Recall@k is the share of titles for which it does; MRR, the mean of 1 / (rank of the first chunk of its own answer), a miss counting 0.',
	'rag.evalRunning': 'Evaluating {n} titles for every method and chunk size… {percent} %',
	'rag.evalFailed': 'The evaluation failed: {error}',
	'rag.evalUpdating': 'Updating: the table shows the settings before your last change.',
	'rag.evalCaption':
		'Recall and MRR of 50 titles per language, overlap {overlap} %, hybrid weight {w}',
	'rag.colMethod': 'method',
	'rag.colSize': 'chunk size',
	'rag.colChunks': 'chunks',
	'rag.colRecall1': '{lang}: recall@1',
	'rag.colRecallK': '{lang}: recall@{k}',
	'rag.colMrr': '{lang}: MRR',
	'rag.current': '{size} (yours)',
	'rag.chartLabel':
		'Recall@k against k for chunks of {size} words, English and Chinese titles together',
	'rag.axisK': 'k (chunks retrieved)',
	'rag.axisRecall': 'recall@k',
	'rag.chartSummary': 'The numbers of the chart',
	'rag.chartCaption': 'Recall@k of the 100 titles, chunks of {size} words',
	'rag.evalNote':
		'Titles share many words with their answers, which suits BM25; the mean of word vectors learned from this small guide blurs them. With a real embedding model trained on billions of words the dense method is usually the stronger one for paraphrases.'
};

const zh: Record<keyof typeof en, string> = {
	'rag.intro':
		'文档库就是本指南：50 个回答的英文版和中文版，切分成每块几个词的文本块。你的问题会检索出最匹配的文本块，再把它们编号后放进语言模型将会收到的提示词中。',
	'rag.isNot':
		'这里没有语言模型写出回答。本页展示的是检索以及模型将会收到的提示词；生成这一步，即 RAG 中的 G（Lewis 等，2020），没有包含在内。',
	'rag.small':
		'文档库很小（{enWords} 个英文词和 {zhWords} 个中文词），词向量也只从它学得：稠密检索认识的词很少，经常找不到。',
	'rag.query': '你的问题',
	'rag.queryHint': '{length} / {max} 个字符 · {words} 个词',
	'rag.examples': '示例',
	'rag.method': '检索方法',
	'rag.method.bm25': 'BM25（共同的词）',
	'rag.method.dense': '稠密检索（词向量）',
	'rag.method.hybrid': '混合',
	'rag.weight': '混合：BM25 的权重',
	'rag.size': '文本块大小（词）',
	'rag.overlap': '重叠（占一块的 %）',
	'rag.k': '检索的文本块数（k）',
	'rag.loading': '正在加载指南并学习其词向量…',
	'rag.loadFailed': '无法加载指南：{error}',
	'rag.evalLoading': '正在加载各种文本块大小下的评估…',
	'rag.storeSize':
		'{chunks} 个文本块，每块最多 {size} 个词，相邻块共享 {overlap} 个词，来自 {answers} 个回答。',
	'rag.empty': '输入一个问题来检索文本块。',
	'rag.noWords': '问题中没有词（表情符号、标点和符号不会被索引）：没有可检索的内容。',
	'rag.noMatch': '没有文本块与问题有共同的词，问题中的词也都没有词向量：文档库无可提供。',
	'rag.noMatchMethod': '这种方法对该问题检索不到任何内容；试试另一种。',
	'rag.resultsHeading': '排名前 {k} 的文本块',
	'rag.resultsLabel': '检索到的文本块，最好的在前',
	'rag.rank': '第 {rank} 名',
	'rag.from': '回答 {question} · {lang}',
	'rag.lang.en': '英文',
	'rag.lang.zh': '中文',
	'rag.name.bm25': 'BM25',
	'rag.name.dense': '稠密',
	'rag.name.hybrid': '混合',
	'rag.score.bm25': 'BM25',
	'rag.score.dense': '余弦',
	'rag.score.hybrid': '混合',
	'rag.matchesNote': '高亮：文本块与问题共有的词（BM25 统计的就是这些）。',
	'rag.breakdown': '第一个文本块的 BM25 分数是怎么加起来的',
	'rag.formula':
		'分数 = Σ IDF(t) · f · (k₁ + 1) / (f + k₁ · (1 − b + b · |D| / avgdl))，IDF(t) = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5))；k₁ = {k1}，b = {b}，|D| = {length}，avgdl = {avg}，N = {n}（Robertson 与 Zaragoza，2009，第 3.4 节）。',
	'rag.breakdownCaption': '第一个文本块的 BM25 分数，逐词分解',
	'rag.colTerm': '词 t',
	'rag.colCount': 'f（在该块中）',
	'rag.colDocs': 'n(t)（含该词的块数）',
	'rag.colIdf': 'IDF(t)',
	'rag.colShare': '对分数的贡献',
	'rag.total': '合计',
	'rag.hybridNote':
		'混合 = w · BM25′ + (1 − w) · 余弦′，两种分数先在所有文本块上各自缩放到 0 … 1（最小–最大归一化），w = {w}。',
	'rag.promptHeading': '模型将会收到的提示词',
	'rag.promptAbout':
		'检索到的文本块编号排列，后面是你的问题：要求模型只根据它们回答，并按编号引用。共 {chars} 个字符。',
	'rag.promptLabel': '增强后的提示词',
	'rag.promptInstruction':
		'请只根据下面的资料回答问题。用到的每条资料都按编号引用，例如 [1]。如果资料中没有答案，请直接说明。',
	'rag.promptSource': '资料',
	'rag.promptQuestion': '问题',
	'rag.promptAnswer': '回答',
	'rag.evalHeading': '检索能找到正确的回答吗？',
	'rag.evalAbout':
		'把每个问题的标题（即提出的问题本身，它不在文档库中）当作查询：它自己回答的某个文本块（任一语言）是否出现在前 k 个结果中？Recall@k 是做到这一点的标题所占的比例；MRR 是 1 / （它自己回答的第一个文本块的名次）的平均值，找不到记为 0。',
	'rag.evalRunning': '正在为每种方法和文本块大小评估 {n} 个标题… {percent} %',
	'rag.evalFailed': '评估失败：{error}',
	'rag.evalUpdating': '正在更新：表中仍是你上次改动之前的设置的结果。',
	'rag.evalCaption': '每种语言 50 个标题的召回率与 MRR，重叠 {overlap} %，混合权重 {w}',
	'rag.colMethod': '方法',
	'rag.colSize': '文本块大小',
	'rag.colChunks': '文本块数',
	'rag.colRecall1': '{lang}：recall@1',
	'rag.colRecallK': '{lang}：recall@{k}',
	'rag.colMrr': '{lang}：MRR',
	'rag.current': '{size}（你的）',
	'rag.chartLabel': '文本块为 {size} 个词时 recall@k 随 k 的变化，英文与中文标题合计',
	'rag.axisK': 'k（检索的文本块数）',
	'rag.axisRecall': 'recall@k',
	'rag.chartSummary': '图中的数值',
	'rag.chartCaption': '100 个标题的 recall@k，文本块为 {size} 个词',
	'rag.evalNote':
		'标题与其回答有很多共同的词，这对 BM25 有利；从这份小小的指南学得的词向量取平均后，区分度就模糊了。若换成在数十亿词上训练的真正嵌入模型，对于换了说法的问题，稠密检索通常更强。'
};

export const ragStrings = strings(en, zh);
export const t = translator(ragStrings);
