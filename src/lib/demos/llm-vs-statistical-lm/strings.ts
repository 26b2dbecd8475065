/** Strings of the n-gram-versus-LLM demo (question 47). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { sampling } from '$lib/components/next-token/strings';

const en = {
	'lm.loading': 'Training five n-gram models on the guide…',
	'lm.every': 'Held-out answers',
	'lm.everyValue': 'one in {k} ({held} answers)',
	'lm.order': 'Order n for the window view',
	'lm.order1': 'n = 1, unigram',
	'lm.order2': 'n = 2, bigram',
	'lm.order3': 'n = 3, trigram',
	'lm.order4': 'n = 4',
	'lm.order5': 'n = 5',
	'lm.about':
		'Five Kneser-Ney models, n = 1 to 5, trained in your browser on {answers} answers of the guide minus {held} held out: {train} training tokens, {test} held-out tokens, a vocabulary of {vocab}.',
	'lm.emptyPrompt': 'The prompt is empty or ends a sentence, so each model starts a new sentence.',
	'lm.generatedHeading': '{k} tokens from each model after the prompt (seed {seed}, temperature 1)',
	'lm.copied': 'longest stretch copied word for word from the training text: {k} tokens',
	'lm.copied1': 'longest stretch copied word for word from the training text: 1 token',
	'lm.generatedNote':
		'Low n babbles; high n fits the few contexts it has seen and copies the guide back. Neither looks further back than its last n − 1 tokens.',
	'lm.axisN': 'n',
	'lm.heldOut': 'held-out perplexity',
	'lm.training': 'training perplexity',
	'lm.perplexityHeading': 'Perplexity against n',
	'lm.perplexityLabel': 'Perplexity on held-out answers and on the training text, for n = 1 to 5',
	'lm.axisPerplexity': 'perplexity (log scale)',
	'lm.perplexityNote':
		'On its own training text a higher n looks ever better. On answers it has not seen, perplexity falls from n = 1 to 2 or 3 and then stops improving: longer contexts were almost never seen in training, and smoothing falls back to shorter ones.',
	'lm.unseenHeading': 'Sparsity: held-out n-grams never seen in training',
	'lm.unseenLabel':
		'Share of the held-out n-grams that never occur in the training text, for n = 1 to 5',
	'lm.unseenSeries': 'n-grams never seen in training',
	'lm.axisUnseen': 'share unseen',
	'lm.unseenNote':
		'A count-based model knows nothing about an n-gram it never counted. As n grows, almost every n-gram in new text is new: the curse of sparsity that smoothing can only patch.',
	'lm.countsHeading': 'How the count tables grow',
	'lm.countsLabel':
		'Distinct n-grams stored and all count-table entries against the number of possible n-grams, for n = 1 to 5',
	'lm.storedTop': 'distinct n-grams seen',
	'lm.storedAll': 'table entries, orders 1…n',
	'lm.possible': 'possible n-grams, {v}ⁿ',
	'lm.colPossible': 'possible n-grams',
	'lm.axisCount': 'count (log scale)',
	'lm.countsNote':
		'The tables grow with every order, yet cover a vanishing share of the possible n-grams. A transformer stores no table: a fixed set of weights reads the whole context, and similar words share what they learn through their embeddings.',
	'lm.tableCaption': 'Perplexity, sparsity and table size for n = 1 to 5',
	'lm.windowHeading': 'What the next token can depend on',
	'lm.windowTokensLabel': 'The text so far; the n-gram model reads only the last {k} tokens',
	'lm.earlier': '… {k} earlier tokens',
	'lm.keyNgram': 'the n-gram model’s window: the last n − 1 = {k} tokens',
	'lm.keyTransformer': 'a transformer attends to all of it, up to its context window',
	'lm.ngramRow': 'n-gram, n = {n}',
	'lm.tokensCount': '{k} tokens',
	'lm.tokensCount1': '1 token',
	'lm.windowNote':
		'Bars on a logarithmic scale. An n-gram model conditions on exactly n − 1 tokens, and each extra token multiplies the table it would need; a transformer’s attention reads thousands of tokens with the same weights.'
};

const zh: Record<keyof typeof en, string> = {
	'lm.loading': '正在用本指南训练五个 n-gram 模型…',
	'lm.every': '留出的回答',
	'lm.everyValue': '每 {k} 个留出 1 个（共 {held} 个回答）',
	'lm.order': '上下文窗口图中的阶数 n',
	'lm.order1': 'n = 1，一元',
	'lm.order2': 'n = 2，二元',
	'lm.order3': 'n = 3，三元',
	'lm.order4': 'n = 4',
	'lm.order5': 'n = 5',
	'lm.about':
		'五个 Kneser-Ney 模型（n = 1 到 5），在你的浏览器中用本指南 {answers} 个回答中除留出的 {held} 个之外的部分训练：训练集 {train} 个词元，留出集 {test} 个词元，词表 {vocab} 个。',
	'lm.emptyPrompt': '提示词为空或以句末标点结尾，所以每个模型都从一个新句子开始。',
	'lm.generatedHeading': '每个模型在提示词之后生成的 {k} 个词元（种子 {seed}，温度 1）',
	'lm.copied': '从训练文本中逐字照搬的最长片段：{k} 个词元',
	'lm.copied1': '从训练文本中逐字照搬的最长片段：1 个词元',
	'lm.generatedNote':
		'n 小时胡言乱语；n 大时只会套用见过的少数上下文，把指南原文抄回来。两者都看不到最后 n − 1 个词元之前的内容。',
	'lm.axisN': 'n',
	'lm.heldOut': '留出集困惑度',
	'lm.training': '训练集困惑度',
	'lm.perplexityHeading': '困惑度随 n 的变化',
	'lm.perplexityLabel': 'n = 1 到 5 时，在留出的回答和训练文本上的困惑度',
	'lm.axisPerplexity': '困惑度（对数刻度）',
	'lm.perplexityNote':
		'在自己的训练文本上，n 越大看起来越好。但在没见过的回答上，困惑度从 n = 1 降到 2 或 3 后就不再改善：更长的上下文在训练中几乎从未出现，平滑只能退回到更短的上下文。',
	'lm.unseenHeading': '稀疏性：留出集中训练时从未见过的 n-gram',
	'lm.unseenLabel': 'n = 1 到 5 时，留出集 n-gram 中从未在训练文本出现过的比例',
	'lm.unseenSeries': '训练中未见过的 n-gram',
	'lm.axisUnseen': '未见比例',
	'lm.unseenNote':
		'基于计数的模型对没数过的 n-gram 一无所知。n 越大，新文本中的 n-gram 几乎全是新的：这就是稀疏性的诅咒，平滑只能修修补补。',
	'lm.countsHeading': '计数表如何膨胀',
	'lm.countsLabel': 'n = 1 到 5 时，存储的不同 n-gram 数和计数表总条目数，与可能的 n-gram 总数对比',
	'lm.storedTop': '见过的不同 n-gram',
	'lm.storedAll': '表中条目（1…n 阶）',
	'lm.possible': '可能的 n-gram，{v}ⁿ',
	'lm.colPossible': '可能的 n-gram',
	'lm.axisCount': '数量（对数刻度）',
	'lm.countsNote':
		'每增加一阶，计数表都在变大，却只覆盖可能的 n-gram 中微不足道的一部分。Transformer 不存计数表：同一组固定的权重读取整个上下文，相近的词通过嵌入共享学到的东西。',
	'lm.tableCaption': 'n = 1 到 5 的困惑度、稀疏性和表的大小',
	'lm.windowHeading': '下一个词元能依赖什么',
	'lm.windowTokensLabel': '目前的文本；n-gram 模型只读最后 {k} 个词元',
	'lm.earlier': '……前面还有 {k} 个词元',
	'lm.keyNgram': 'n-gram 模型的窗口：最后 n − 1 = {k} 个词元',
	'lm.keyTransformer': 'Transformer 能关注全部内容，上限是它的上下文窗口',
	'lm.ngramRow': 'n-gram，n = {n}',
	'lm.tokensCount': '{k} 个词元',
	'lm.tokensCount1': '1 个词元',
	'lm.windowNote':
		'条形为对数刻度。n-gram 模型只以恰好 n − 1 个词元为条件，每多看一个词元，需要的表就成倍膨胀；Transformer 的注意力用同一组权重读取成千上万个词元。'
};

export const ngramlm = strings(en, zh);
export const t = translator(sampling, ngramlm);
