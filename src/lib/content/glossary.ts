/**
 * The site's Chinese vocabulary: one Chinese form per term, and the forms that must not come back.
 * `glossary.test.ts` checks every answer, note and UI string against it.
 */

/** A discouraged form. */
export type Avoid = {
	/** A literal string, or a pattern where a string cannot pin the form down. */
	form: string | RegExp;
	/**
	 * Where the form is right after all: it is allowed when a match of this pattern, within the same
	 * sentence, covers it (e.g. 标准化 in a clause about mean and standard deviation).
	 */
	allowedIn?: RegExp;
};

export type Term = {
	en: string;
	/** The one Chinese form the site uses. */
	zh: string;
	avoid: readonly (string | Avoid)[];
	/** Why this form, when it is a choice between living usages. */
	why?: string;
};

/** An English title (several words) quoted in Chinese text keeps its own words: “N-gram Language Models”. */
const ENGLISH_TITLE =
	/“[^”\u3400-\u9fff]+ [^”\u3400-\u9fff]+”|《[^》\u3400-\u9fff]+ [^》\u3400-\u9fff]+》/;

/** A clause that speaks of mean and standard deviation: there 标准化 is standardisation, and right. */
const STANDARDISATION = /[^，,：:]*(均值|标准差|方差|z 分数|z-score)[^，,：:]*/;

export const glossary: readonly Term[] = [
	{
		en: 'token',
		zh: '词元',
		avoid: [
			{ form: /\btokens?\b/i, allowedIn: ENGLISH_TITLE },
			{ form: '标记', allowedIn: /标记(出|词尾|词首)/ },
			'令牌',
			'符元',
			'词符'
		],
		why: '《动手学深度学习》 and 《大语言模型》 (RUC) use it, and the National Committee for Terms in Sciences and Technology recommended it in 2025; 标记 reads as "mark", and an English word in every sentence breaks the Chinese.'
	},
	{
		en: 'tokenization',
		zh: '分词',
		avoid: ['标记化', '词元化', '令牌化'],
		why: 'The usual word in Chinese NLP and in Hugging Face’s Chinese docs, and already the UI’s.'
	},
	{ en: 'tokenizer', zh: '分词器', avoid: ['标记器', '词元分析器', '令牌器'] },
	{ en: 'subword', zh: '子词', avoid: ['子单词', '子字词'] },
	{
		en: 'vocabulary',
		zh: '词表',
		avoid: ['词汇表', '词汇量'],
		why: '《动手学深度学习》 and 邱锡鹏 use 词表; vocabulary size is 词表大小.'
	},
	{ en: 'embedding', zh: '嵌入', avoid: ['埋入'], why: '《动手学深度学习》 (词嵌入), 邱锡鹏.' },
	{ en: 'positional encoding', zh: '位置编码', avoid: ['定位编码'] },
	{ en: 'self-attention', zh: '自注意力', avoid: ['自我注意', '自关注'] },
	{ en: 'attention head', zh: '注意力头', avoid: [{ form: /注意头/ }, '关注头'] },
	{ en: 'multi-head attention', zh: '多头注意力', avoid: [{ form: /多头注意(?!力)/ }, '多头关注'] },
	{
		en: 'induction head',
		zh: '归纳头',
		avoid: ['感应头', '诱导头'],
		why: 'Chinese write-ups of Olsson et al. (2022) say 归纳头 (induction heads).'
	},
	{
		en: 'score (attention score)',
		zh: '分数',
		avoid: ['得分'],
		why: '《动手学深度学习》: 注意力分数; a beam’s score is a 分数 too.'
	},
	{ en: 'fine-tuning', zh: '微调', avoid: ['精调', '精细调整'] },
	{ en: 'pretraining', zh: '预训练', avoid: ['预先训练'] },
	{ en: 'context window', zh: '上下文窗口', avoid: ['语境窗口', '上下文视窗'] },
	{
		en: 'context',
		zh: '上下文',
		avoid: ['语境'],
		why: 'LLM writing says 上下文 (上下文学习, 上下文窗口); 语境 is the linguist’s word.'
	},
	{
		en: 'beam search (beam, beam width)',
		zh: '束搜索',
		avoid: ['集束', '波束', '柱搜索'],
		why: '《动手学深度学习》 and 邱锡鹏 say 束搜索, a beam is a 束, its width 束宽.'
	},
	{
		en: 'greedy decoding',
		zh: '贪婪解码',
		avoid: ['贪心解码', '贪心搜索'],
		why: 'The common form in writing on LLM decoding, and already the site’s.'
	},
	{ en: 'hallucination', zh: '幻觉', avoid: ['错觉', '幻象'] },
	{
		en: 'prompt',
		zh: '提示词',
		avoid: [{ form: /\bprompts?\b/i, allowedIn: ENGLISH_TITLE }, '提示语', '提示符', '提示词工程'],
		why: 'The text given to the model is a 提示词; prompting is 提示 and prompt engineering 提示工程.'
	},
	{
		en: 'retrieval-augmented generation (RAG)',
		zh: '检索增强生成',
		avoid: ['检索增强的生成', '增强检索生成', '检索式增强生成', '检索增强型生成']
	},
	{ en: 'perplexity', zh: '困惑度', avoid: ['困惑性', '迷惑度'] },
	{ en: 'entropy', zh: '熵', avoid: ['墒'] },
	{ en: 'cross-entropy', zh: '交叉熵', avoid: ['互熵'] },
	{ en: 'gradient', zh: '梯度', avoid: [] },
	{ en: 'vanishing gradient', zh: '梯度消失', avoid: ['消失梯度', '梯度弥散'] },
	{
		en: 'layer normalisation',
		zh: '层归一化',
		avoid: ['层标准化', '层规范化', '层正则化'],
		why: '邱锡鹏 and most papers say 层归一化 (《动手学深度学习》 has 层规范化).'
	},
	{
		en: 'normalisation (softmax, probabilities)',
		zh: '归一化',
		avoid: [{ form: '标准化', allowedIn: STANDARDISATION }, '规范化', '正规化'],
		why: '标准化 is standardisation (subtract the mean, divide by the standard deviation), allowed only in a clause that says so.'
	},
	{ en: 'temperature', zh: '温度', avoid: [] },
	{
		en: 'logit',
		zh: 'logit',
		avoid: ['对数几率', '逻辑值'],
		why: 'Kept in Latin letters as Chinese papers do; 对数几率 is the log-odds of statistics.'
	},
	{
		en: 'softmax',
		zh: 'softmax',
		avoid: [{ form: /\bSoftmax\b/, allowedIn: ENGLISH_TITLE }, '柔性最大值', '软最大值'],
		why: 'Lower case, as in the English answers and 《动手学深度学习》.'
	},
	{ en: 'adaptive softmax', zh: '自适应 softmax', avoid: [{ form: /adaptive softmax/i }] },
	{
		en: 'sampling',
		zh: '采样',
		avoid: ['抽样', '取样'],
		why: '抽样 is the statistician’s survey sampling.'
	},
	{ en: 'nucleus (top-p) sampling', zh: '核采样', avoid: ['核心采样'] },
	{ en: 'sentiment analysis', zh: '情感分析', avoid: [{ form: /情绪(分析|分类|识别)/ }] },
	{
		en: 'mixture of experts (MoE)',
		zh: '混合专家',
		avoid: ['专家混合'],
		why: '混合专家模型 is the form of Chinese papers and model reports.'
	},
	{
		en: 'masked language modelling (mask)',
		zh: '掩码语言建模',
		avoid: ['掩蔽', '遮蔽', '遮罩'],
		why: 'A mask is a 掩码 (因果掩码); 《动手学深度学习》 says 掩蔽, most papers 掩码.'
	},
	{ en: 'next sentence prediction', zh: '下一句预测', avoid: ['下句预测', '下一句子预测'] },
	{ en: 'hyperparameter', zh: '超参数', avoid: [{ form: /超参(?!数)/ }] },
	{
		en: 'large language model (LLM)',
		zh: 'LLM',
		avoid: [
			{ form: '大语言模型', allowedIn: /大语言模型（LLM）/ },
			'大型语言模型',
			'大规模语言模型',
			{ form: /(?<![最较更])大模型/ }
		],
		why: 'The site writes LLM; 大语言模型 only where it spells the acronym out.'
	},
	{ en: 'foundation model', zh: '基础模型', avoid: ['基座模型', '底座模型', '基石模型'] },
	{ en: 'multimodal', zh: '多模态', avoid: ['多模式'] },
	{ en: 'chain of thought', zh: '思维链', avoid: ['思想链', '思考链'] },
	{ en: 'zero-shot', zh: '零样本', avoid: ['零次学习', '零射'] },
	{ en: 'few-shot', zh: '少样本', avoid: ['小样本学习', '少次学习'] },
	{ en: 'catastrophic forgetting', zh: '灾难性遗忘', avoid: ['灾难遗忘'] },
	{ en: 'overfitting', zh: '过拟合', avoid: ['过度拟合'] },
	{ en: 'backpropagation', zh: '反向传播', avoid: ['逆传播', '后向传播'] },
	{
		en: 'Transformer',
		zh: 'Transformer',
		avoid: ['变压器', '变换器', { form: /\btransformers?\b/, allowedIn: ENGLISH_TITLE }]
	},
	{
		en: 'n-gram',
		zh: 'n-gram',
		avoid: [{ form: /\bN-grams?\b/, allowedIn: ENGLISH_TITLE }, { form: /[nN] ?元语法/ }],
		why: 'As Jurafsky & Martin write it; a trigram stays 三元语法.'
	},
	{ en: 'knowledge graph', zh: '知识图谱', avoid: [{ form: /知识图(?!谱)/ }] },
	{ en: 'Jacobian', zh: '雅可比矩阵', avoid: ['雅克比', '雅各比'] },
	{
		en: 'et al. (in citations)',
		zh: '等',
		avoid: [{ form: /\bet al\b/ }],
		why: 'Chinese citations write “Vaswani 等，2017”.'
	}
];
