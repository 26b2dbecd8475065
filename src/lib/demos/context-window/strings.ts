/** Strings of the context-window demo (question 3). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'cw.intro':
		'A window of N tokens slides along the guide’s own text as it is replayed token by token. Tokens that have left the window are greyed: the model cannot see them any more. Below, what a window of N tokens costs a real model, computed from its published configuration.',
	'cw.isNot':
		'No model is generating here: the text is the guide’s, replayed. The window, the token counts and the costs are real; the costs are computed from the formulas shown, not measured.',
	'cw.guide': 'Text',
	'cw.guide.en': 'The guide in English',
	'cw.guide.zh': 'The guide in Chinese',
	'cw.encoding': 'Tokenizer',
	'cw.encoding.bpe': 'Our BPE ({merges} merges)',
	'cw.encoding.cl100k': 'GPT-4’s cl100k_base',
	'cw.window': 'Window N (tokens)',
	'cw.steps': 'Replay the text',
	'cw.loading': 'Tokenizing the guide…',
	'cw.loadFailed': 'The tokenizer could not be loaded: {error}',
	'cw.retry': 'Try again',
	'cw.status':
		'Token {pos} of {total}: the model sees the last {seen} tokens; {gone} have left the window.',
	'cw.statusAll': 'Token {pos} of {total}: all of them are still inside the window of {window}.',
	'cw.clamped': 'The text ends after {total} tokens: the replay stops there.',
	'cw.textLabel': 'The replayed text: greyed tokens have left the window',
	'cw.earlier': '… {count} earlier tokens, out of sight …',
	'cw.middle': '… {count} more tokens inside the window …',
	'cw.next': 'the next token goes here',
	'cw.legendSeen': 'inside the window: the model sees it',
	'cw.legendGone': 'left the window: the model cannot see it',
	'cw.costHeading': 'What a window of N tokens costs',
	'cw.model': 'Model',
	'cw.modelShape':
		'{name}: {layers} layers, {heads} query heads, {kvHeads} key-value heads of width {headDim}; trained on {context} tokens.',
	'cw.source': 'Source: {title}, {where}.',
	'cw.pastContext':
		'N = {window} is more than the {context} tokens {name} was trained on: the cost below is what the formula gives, but the model was not made for such a window.',
	'cw.cacheHeading': 'Key-value cache (bf16, one sequence)',
	'cw.cacheAbout':
		'Every layer keeps a key and a value vector per key-value head for each token in the window: linear in N.',
	'cw.attnHeading': 'Attention work (scores and weighted sums)',
	'cw.attnAbout':
		'Every query is scored against every key and every score weighs a value: 2 · N² · d per head and layer, twice. Quadratic in N: twice the window, four times the work.',
	'cw.gqaNote':
		'{name} shares each key-value head among {group} query heads (grouped-query attention): its cache is {ratio} times smaller than if every query head kept its own, {full}.',
	'cw.noGqaNote':
		'{name} keeps keys and values for every one of its {heads} heads (no grouped-query attention).',
	'cw.chartCache': 'Key-value cache against window length N for {name}',
	'cw.chartAttn': 'Attention work against window length N for {name}',
	'cw.axisN': 'window N (tokens)',
	'cw.axisBytes': 'cache (bytes; K, M, G = 2¹⁰, 2²⁰, 2³⁰)',
	'cw.axisFlops': 'operations',
	'cw.seriesCache': 'cache, {kvHeads} key-value heads',
	'cw.seriesAllHeads': 'if all {heads} heads kept keys and values',
	'cw.seriesAttn': 'attention, {heads} heads',
	'cw.tableSummary': 'The numbers of both charts',
	'cw.tableCaption': 'Key-value cache and attention work of {name} by window length',
	'cw.colN': 'N (tokens)',
	'cw.colCache': 'cache',
	'cw.colAllHeads': 'without grouped-query attention',
	'cw.colFlops': 'attention operations',
	'cw.bytes': 'bytes',
	'cw.flops': 'operations'
};

const zh: Record<keyof typeof en, string> = {
	'cw.intro':
		'一个 N 个词元的窗口沿着本指南自己的文本滑动，文本逐个词元地重放。已经离开窗口的词元显示为灰色：模型再也看不到它们。下方是 N 个词元的窗口对真实模型的开销，由其公开的配置计算得出。',
	'cw.isNot':
		'这里没有模型在生成：文本是本指南的原文，只是重放。窗口、词元数和开销都是真实的；开销由所示公式计算，而非实测。',
	'cw.guide': '文本',
	'cw.guide.en': '英文版指南',
	'cw.guide.zh': '中文版指南',
	'cw.encoding': '分词器',
	'cw.encoding.bpe': '我们的 BPE（{merges} 条合并规则）',
	'cw.encoding.cl100k': 'GPT-4 的 cl100k_base',
	'cw.window': '窗口 N（词元）',
	'cw.steps': '重放文本',
	'cw.loading': '正在对指南分词…',
	'cw.loadFailed': '无法加载分词器：{error}',
	'cw.retry': '重试',
	'cw.status': '第 {pos} 个词元，共 {total} 个：模型看到最后 {seen} 个词元；{gone} 个已离开窗口。',
	'cw.statusAll': '第 {pos} 个词元，共 {total} 个：全部仍在 {window} 个词元的窗口之内。',
	'cw.clamped': '文本在 {total} 个词元后结束：重放停在那里。',
	'cw.textLabel': '重放的文本：灰色词元已离开窗口',
	'cw.earlier': '……更早的 {count} 个词元，已看不到……',
	'cw.middle': '……窗口内还有 {count} 个词元……',
	'cw.next': '下一个词元将出现在这里',
	'cw.legendSeen': '在窗口内：模型能看到',
	'cw.legendGone': '已离开窗口：模型看不到',
	'cw.costHeading': 'N 个词元的窗口的开销',
	'cw.model': '模型',
	'cw.modelShape':
		'{name}：{layers} 层，{heads} 个查询头，{kvHeads} 个键值头，每头宽 {headDim}；训练时的上下文长度为 {context} 个词元。',
	'cw.source': '来源：{title}，{where}。',
	'cw.pastContext':
		'N = {window} 超过了 {name} 训练时的 {context} 个词元：下方开销是公式给出的数值，但该模型并非为这么大的窗口而设计。',
	'cw.cacheHeading': '键值缓存（bf16，一个序列）',
	'cw.cacheAbout': '每一层为窗口中的每个词元、每个键值头保存一个键向量和一个值向量：与 N 成正比。',
	'cw.attnHeading': '注意力的计算量（分数与加权求和）',
	'cw.attnAbout':
		'每个查询都要与每个键打分，每个分数再加权一个值：每个头每层 2 · N² · d 次运算，共两次。与 N 的平方成正比：窗口翻倍，计算量变为四倍。',
	'cw.gqaNote':
		'{name} 让每个键值头由 {group} 个查询头共用（分组查询注意力）：其缓存比每个查询头各存一份（{full}）小 {ratio} 倍。',
	'cw.noGqaNote': '{name} 为全部 {heads} 个头都保存键和值（没有分组查询注意力）。',
	'cw.chartCache': '{name} 的键值缓存随窗口长度 N 的变化',
	'cw.chartAttn': '{name} 的注意力计算量随窗口长度 N 的变化',
	'cw.axisN': '窗口 N（词元）',
	'cw.axisBytes': '缓存（字节；K、M、G = 2¹⁰、2²⁰、2³⁰）',
	'cw.axisFlops': '运算次数',
	'cw.seriesCache': '缓存，{kvHeads} 个键值头',
	'cw.seriesAllHeads': '若全部 {heads} 个头都保存键和值',
	'cw.seriesAttn': '注意力，{heads} 个头',
	'cw.tableSummary': '两张图的数值',
	'cw.tableCaption': '{name} 在不同窗口长度下的键值缓存与注意力计算量',
	'cw.colN': 'N（词元）',
	'cw.colCache': '缓存',
	'cw.colAllHeads': '不用分组查询注意力时',
	'cw.colFlops': '注意力运算次数',
	'cw.bytes': '字节',
	'cw.flops': '次运算'
};

export const contextWindowStrings = strings(en, zh);
export const t = translator(controls, contextWindowStrings);
