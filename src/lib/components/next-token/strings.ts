/** Strings of the next-token views and the distribution sources the sampling and decoding demos share. */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'sampling.source': 'Distribution from',
	'sampling.example': 'Hand-made example',
	'sampling.model': 'Language model',
	'sampling.vocab': '50,257 tokens',
	'sampling.gpt': 'Tiny GPT (trained on the guide)',
	'sampling.gptLoading': 'Loading the tiny GPT and reading the prompt…',
	'sampling.gptFailed': 'The tiny GPT could not be loaded ({error}).',
	'sampling.examplePick': 'Example',
	'sampling.corpus': 'Model trained on the guide in',
	'corpus.en': 'English, by word',
	'corpus.zh': 'Chinese, by character',
	'sampling.prompt': 'Prompt',
	'sampling.promptHint': '{length} / {max} characters',
	'sampling.temperature': 'Temperature T',
	'sampling.greedy': 'greedy',
	'sampling.entropy': 'Entropy',
	'sampling.topToken': 'Top token',
	'sampling.chartLabel': 'Next-token probabilities at temperature {t}',
	'sampling.bar': '{token}: probability {p}, logit {z}',
	'sampling.outlineLegend': 'Dashed outline: the same logits at T = 1.',
	'sampling.dragHint': 'Drag a bar up or down, or focus it and press ↑ ↓, to change its logit.',
	'sampling.other': 'other {n}',
	'sampling.samples': 'Samples',
	'sampling.sampleButton': 'Sample {n}',
	'sampling.clear': 'Clear',
	'sampling.histLabel': 'Share of {n} samples per token against the expected probability',
	'sampling.histLegend':
		'Bars: share of the {n} samples drawn with seed {seed}. Dashed outline: expected probability.',
	'sampling.noSamples':
		'No samples yet. Draw some to compare what comes out with the probabilities.',
	'sampling.loadingModel': 'Training the language model on the guide…',
	'sampling.emptyPrompt':
		'The prompt is empty, so the chart shows the unigram distribution: how likely each token is with no context at all.',
	'sampling.unknownWords': 'Not in the model’s vocabulary, read as unknown: {words}',
	'sampling.modelAbout':
		'A trigram model with Kneser-Ney smoothing, trained in your browser on the guide’s answers ({vocab} tokens). Every token keeps some probability: the chart shows the {n} likeliest and the remaining {rest} tokens as one bar with their true total.',
	'sampling.formulaFor': 'Softmax with temperature, for “{token}”:',
	'sampling.formulaShift':
		'The largest logit is subtracted first: it changes nothing and keeps e^x from overflowing.',
	'sampling.formulaGreedy':
		'At T = 0 sampling is greedy: all the probability goes to the largest logit.',
	'sampling.focusHint': 'Hover over or focus a bar to see its numbers in the formula.',
	'col.token': 'Token',
	'col.logit': 'Logit',
	'col.pBase': 'P at T = 1',
	'col.p': 'P at T = {t}',
	'col.observed': 'Observed'
};

const zh: Record<keyof typeof en, string> = {
	'sampling.source': '分布来源',
	'sampling.example': '手工示例',
	'sampling.model': '语言模型',
	'sampling.vocab': '50,257 个词元',
	'sampling.gpt': '微型 GPT（用本指南训练）',
	'sampling.gptLoading': '正在加载微型 GPT 并读取提示词…',
	'sampling.gptFailed': '微型 GPT 加载失败（{error}）。',
	'sampling.examplePick': '示例',
	'sampling.corpus': '模型的训练语料',
	'corpus.en': '英文，按词',
	'corpus.zh': '中文，按字',
	'sampling.prompt': '提示词',
	'sampling.promptHint': '{length} / {max} 个字符',
	'sampling.temperature': '温度 T',
	'sampling.greedy': '贪婪',
	'sampling.entropy': '熵',
	'sampling.topToken': '最可能的词元',
	'sampling.chartLabel': '温度 {t} 下的下一个词元概率',
	'sampling.bar': '{token}：概率 {p}，logit {z}',
	'sampling.outlineLegend': '虚线框：同一组 logits 在 T = 1 时的分布。',
	'sampling.dragHint': '上下拖动柱子，或聚焦后按 ↑ ↓，可以修改它的 logit。',
	'sampling.other': '其余 {n} 个',
	'sampling.samples': '采样',
	'sampling.sampleButton': '采样 {n} 次',
	'sampling.clear': '清除',
	'sampling.histLabel': '{n} 次采样中各词元的比例与期望概率',
	'sampling.histLegend': '柱子：用种子 {seed} 采样 {n} 次的比例。虚线框：期望概率。',
	'sampling.noSamples': '还没有采样。采样几次，比较结果与概率。',
	'sampling.loadingModel': '正在用本指南训练语言模型…',
	'sampling.emptyPrompt': '提示词为空，所以图中显示一元分布：没有任何上下文时每个词元的概率。',
	'sampling.unknownWords': '不在模型词表中，按未知词处理：{words}',
	'sampling.modelAbout':
		'一个使用 Kneser-Ney 平滑的三元语法模型，在你的浏览器中用本指南的回答训练而成（词表共 {vocab} 个词元）。每个词元都保有一定概率：图中显示最可能的 {n} 个，其余 {rest} 个合为一根柱子，高度是它们的真实总和。',
	'sampling.formulaFor': '带温度的 softmax，以“{token}”为例：',
	'sampling.formulaShift': '先减去最大的 logit：结果不变，还能避免 e^x 溢出。',
	'sampling.formulaGreedy': 'T = 0 时是贪婪采样：全部概率都给最大的 logit。',
	'sampling.focusHint': '将鼠标悬停在柱子上或聚焦柱子，即可在公式中看到它的数值。',
	'col.token': '词元',
	'col.logit': 'Logit',
	'col.pBase': 'T = 1 时的概率',
	'col.p': 'T = {t} 时的概率',
	'col.observed': '观测比例'
};

export const sampling = strings(en, zh);
export const t = translator(sampling);
