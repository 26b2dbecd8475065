/** Strings of the n-gram-versus-LLM demo (question 47). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { sampling } from '$lib/components/next-token/strings';

const en = {
	'lm.loading': 'Training five n-gram models on the guide…',
	'lm.every': 'Held-out answers',
	'lm.everyValue': 'one in {k} ({held} answers)',
	'lm.order': 'Order n for the window view and the GPT comparison',
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
		'Bars on a logarithmic scale. An n-gram model conditions on exactly n − 1 tokens, and each extra token multiplies the table it would need; a transformer’s attention reads thousands of tokens with the same weights.',
	'lm.gptHeading': 'The tiny GPT against the n-gram models',
	'lm.gptAbout':
		'The tiny GPT is a decoder-only transformer of {params} parameters with a {context}-token context, trained for {steps} steps on {chars} characters of this guide (its questions and answers in both languages). It conditions on what it reads and recalls what it was trained on; it does not reason or know the world.',
	'lm.gptFair':
		'Both sides get the same text. The n-gram models here are new ones, over characters, trained on exactly the GPT’s training text (not the word models above, nor the held-out share of the slider); both are measured on the answers the GPT never trained on: questions {questions}, in {lang}.',
	'lm.gptUnit':
		'The unit is bits per character. The GPT predicts BPE tokens and these n-gram models characters, so each model’s total surprise on the held-out text, −log₂ P, is divided by the same {chars} characters (all but the GPT’s first token, which nothing predicts). Perplexity per character is 2 to that power. A held-out character the n-gram model never saw ({unseen} of them) costs it the probability of <unk> and then 8 bits per UTF-8 byte to spell it out; the GPT reads bytes, so nothing is unknown to it.',
	'lm.gptMeasuring':
		'Measuring the tiny GPT and five character n-gram models in the background… {pct}',
	'lm.gptFailed': 'The tiny GPT could not be measured: {error}',
	'lm.langEn': 'English',
	'lm.langZh': 'Chinese',
	'lm.gptTableCaption':
		'Character n-gram models and the tiny GPT: bits per character on the GPT’s held-out answers ({lang}; lower is better)',
	'lm.colModel': 'model',
	'lm.colBits': 'bits per character',
	'lm.colCharPerplexity': 'perplexity per character',
	'lm.charNgram': 'n-gram, n = {n}',
	'lm.tinyGpt': 'tiny GPT',
	'lm.verdictGpt':
		'As measured, the tiny GPT wins on these answers: {gpt} bits per character against {best} for the best n-gram model (n = {n}), which needs {margin} more.',
	'lm.verdictNgram':
		'As measured, the n-gram model wins on these answers: n = {n} needs {best} bits per character, the tiny GPT {gpt} ({margin} more). Orders that beat the GPT: {orders}. With {chars} characters to learn from and {steps} training steps, counting short contexts is hard to beat; the guide’s answer is about transformers trained on vastly more text.',
	'lm.verdictTie':
		'As measured, a tie to two decimals: {gpt} bits per character for the tiny GPT and {best} for the best n-gram model (n = {n}).',
	'lm.sideHeading': 'The same prompt, continued by both (seed {seed}, temperature 1)',
	'lm.sideNgram': 'character n-gram, n = {n}: {k} characters',
	'lm.sideGpt': 'tiny GPT: {k} BPE tokens',
	'lm.sideWriting': 'writing…',
	'lm.sidePartial':
		'The boxed � are bytes the GPT wrote that do not make a whole UTF-8 character: it writes bytes, not characters.',
	'lm.sideFailed': 'This continuation failed: {error}',
	'lm.sideEmpty':
		'The prompt is empty: the n-gram model starts as at the beginning of its text, the GPT after a blank line, which is how its training text separates answers.',
	'lm.sideTruncated': 'The prompt is {k} tokens long: the GPT reads only its last {context}.',
	'lm.sideUnknown':
		'The character n-gram model never saw {chars} and reads them as <unk>; the GPT reads their bytes.',
	'lm.sideNote':
		'Both were trained on the same text. The n-gram model reads only its last n − 1 characters; the GPT reads up to {context} tokens of the prompt and of what it has written. The order is the one chosen above.'
};

const zh: Record<keyof typeof en, string> = {
	'lm.loading': '正在用本指南训练五个 n-gram 模型…',
	'lm.every': '留出的回答',
	'lm.everyValue': '每 {k} 个留出 1 个（共 {held} 个回答）',
	'lm.order': '上下文窗口图和 GPT 对比中的阶数 n',
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
		'条形为对数刻度。n-gram 模型只以恰好 n − 1 个词元为条件，每多看一个词元，需要的表就成倍膨胀；Transformer 的注意力用同一组权重读取成千上万个词元。',
	'lm.gptHeading': '小型 GPT 与 n-gram 模型对比',
	'lm.gptAbout':
		'这个小型 GPT 是一个仅解码器的 Transformer，有 {params} 个参数，上下文 {context} 个词元，用本指南的 {chars} 个字符（中英文两种语言的问题和回答）训练了 {steps} 步。它以读到的内容为条件，复现训练中见过的东西；它不会推理，也不了解外部世界。',
	'lm.gptFair':
		'双方使用同样的文本。这里的 n-gram 模型是新训练的字符级模型，训练文本与 GPT 的训练文本完全相同（不是上面的词级模型，也不用滑块设定的留出比例）；两者都在 GPT 从未训练过的回答上评测：第 {questions} 题，{lang}。',
	'lm.gptUnit':
		'单位是每字符比特数。GPT 预测的是 BPE 词元，这些 n-gram 模型预测的是字符，所以把每个模型在留出文本上的总意外程度 −log₂ P 除以同样的 {chars} 个字符（除去 GPT 的第一个词元，它没有可依据的上文）。每字符困惑度是 2 的这个次方。n-gram 模型从未见过的留出字符（共 {unseen} 个）要付出 <unk> 的概率，再按每个 UTF-8 字节 8 比特逐字节拼写出来；GPT 读取字节，所以对它来说没有未知字符。',
	'lm.gptMeasuring': '正在后台评测小型 GPT 和五个字符级 n-gram 模型… {pct}',
	'lm.gptFailed': '无法评测小型 GPT：{error}',
	'lm.langEn': '英文',
	'lm.langZh': '中文',
	'lm.gptTableCaption':
		'字符级 n-gram 模型与小型 GPT：GPT 留出回答上的每字符比特数（{lang}；越低越好）',
	'lm.colModel': '模型',
	'lm.colBits': '每字符比特数',
	'lm.colCharPerplexity': '每字符困惑度',
	'lm.charNgram': 'n-gram，n = {n}',
	'lm.tinyGpt': '小型 GPT',
	'lm.verdictGpt':
		'实测结果：在这些回答上小型 GPT 胜出，每字符 {gpt} 比特，最好的 n-gram 模型（n = {n}）为 {best} 比特，多出 {margin}。',
	'lm.verdictNgram':
		'实测结果：在这些回答上 n-gram 模型胜出：n = {n} 每字符需要 {best} 比特，小型 GPT 需要 {gpt} 比特（多出 {margin}）。胜过 GPT 的阶数：{orders}。只有 {chars} 个字符可学、训练 {steps} 步时，统计短上下文很难被超越；本指南的回答讲的是用多得多的文本训练的 Transformer。',
	'lm.verdictTie':
		'实测结果：保留两位小数时打成平手，小型 GPT 每字符 {gpt} 比特，最好的 n-gram 模型（n = {n}）为 {best} 比特。',
	'lm.sideHeading': '同一个提示词，由两者分别续写（种子 {seed}，温度 1）',
	'lm.sideNgram': '字符级 n-gram，n = {n}：{k} 个字符',
	'lm.sideGpt': '小型 GPT：{k} 个 BPE 词元',
	'lm.sideWriting': '正在生成…',
	'lm.sidePartial': '带框的 � 是 GPT 写出的、凑不成完整 UTF-8 字符的字节：它写的是字节，不是字符。',
	'lm.sideFailed': '续写失败：{error}',
	'lm.sideEmpty':
		'提示词为空：n-gram 模型像在文本开头一样开始，GPT 从一个空行之后开始，它的训练文本就是用空行分隔各个回答的。',
	'lm.sideTruncated': '提示词有 {k} 个词元：GPT 只读取最后 {context} 个。',
	'lm.sideUnknown': '字符级 n-gram 模型从未见过 {chars}，把它们读作 <unk>；GPT 读取它们的字节。',
	'lm.sideNote':
		'两者用同样的文本训练。n-gram 模型只读最后 n − 1 个字符；GPT 能读取提示词和已生成内容中最多 {context} 个词元。阶数是上面选定的那个。'
};

export const ngramlm = strings(en, zh);
export const t = translator(sampling, ngramlm);
