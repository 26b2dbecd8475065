/** Strings of the GPT-4 against GPT-3 demo (question 20). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { controls } from '$lib/components/controls/strings';

const en = {
	'gv.intro':
		'What OpenAI published about GPT-3 and GPT-4, side by side, each figure with its source. Then this guide itself, tokenized with each model’s own encoding, laid against each model’s context window.',
	'gv.isNot':
		'Only published facts: GPT-4’s size and architecture were never published, so they are shown as not published, not guessed. No model runs here; the token counts come from the models’ real tokenizers.',
	'gv.factsCaption': 'GPT-3 and GPT-4 as published (numbers in brackets: sources below)',
	'gv.fact': 'Fact',
	'gv.row.released': 'Announced',
	'gv.row.windows': 'Context window',
	'gv.row.input': 'Input',
	'gv.row.output': 'Output',
	'gv.row.encoding': 'Tokenizer (encoding)',
	'gv.row.parameters': 'Parameters',
	'gv.row.architecture': 'Architecture',
	'gv.text': 'text',
	'gv.image': 'images',
	'gv.and': '{a} and {b}',
	'gv.tokens': '{n} tokens',
	'gv.notPublished': 'not published',
	'gv.shape': 'decoder-only transformer: {layers} layers, width {width}, {heads} heads',
	'gv.sources': 'Sources',
	'gv.encodingNote':
		'GPT-3’s base models use r50k_base, GPT-2’s byte-level BPE of 50,257 tokens; its later text-davinci models use p50k_base, which only adds tokens for runs of spaces (prose comes out the same). GPT-4 uses cl100k_base, about 100,000 tokens.',
	'gv.gpt3Encoding': 'GPT-3’s encoding',
	'gv.gpt3Encoding.r50k': 'r50k_base (davinci, 2020)',
	'gv.gpt3Encoding.p50k': 'p50k_base (text-davinci-002/003)',
	'gv.later': 'later {models}: {encoding}',
	'gv.tokenize': 'Tokenize the guide with GPT-3’s and GPT-4’s tokenizers',
	'gv.tokenizeHint':
		'Their vocabularies are loaded when you ask for them: about 0.8 MB, once. Nothing leaves your browser.',
	'gv.guide': 'Text',
	'gv.guide.en': 'The guide in English',
	'gv.guide.zh': 'The guide in Chinese',
	'gv.barsHeading': 'The whole guide against each window',
	'gv.loading': 'Loading the two tokenizers and tokenizing the guide…',
	'gv.loadFailed': 'The tokenizers could not be loaded: {error}',
	'gv.retry': 'Try again',
	'gv.barsLabel': 'The guide’s length in tokens against each context window',
	'gv.sentence':
		'The whole guide is {tokens} tokens in {encoding}, {share} of the {window}-token window of {name}.',
	'gv.fits': 'It fits.',
	'gv.doesNotFit': 'It does not fit: the model sees at most the last {seen} of it at once.',
	'gv.barsLegend':
		'Outline: the window. Filled: the guide’s tokens inside it. Hatched: the tokens that do not fit, on the same scale.',
	'gv.tableSummary': 'Tokens of the guide per encoding and language',
	'gv.tableCaption': 'The guide tokenized with GPT-3’s and GPT-4’s encodings',
	'gv.colText': 'Text',
	'gv.colChars': 'characters',
	'gv.colTokens': '{encoding} tokens',
	'gv.colRatio': '{encoding} ÷ cl100k',
	'gv.langNote':
		'GPT-4’s larger vocabulary holds more whole words and many Chinese characters as single tokens: the same text costs it fewer tokens, most of all in Chinese.'
};

const zh: Record<keyof typeof en, string> = {
	'gv.intro':
		'OpenAI 公开的 GPT-3 和 GPT-4 信息并排列出，每个数字都附有来源。然后用每个模型自己的编码对本指南分词，并与每个模型的上下文窗口对照。',
	'gv.isNot':
		'这里只有公开的事实：GPT-4 的规模和架构从未公开，因此标为未公开，而不是猜测。这里没有运行任何模型；词元数来自这些模型真实的分词器。',
	'gv.factsCaption': '公开资料中的 GPT-3 与 GPT-4（方括号中的数字对应下方的来源）',
	'gv.fact': '项目',
	'gv.row.released': '发布日期',
	'gv.row.windows': '上下文窗口',
	'gv.row.input': '输入',
	'gv.row.output': '输出',
	'gv.row.encoding': '分词器（编码）',
	'gv.row.parameters': '参数量',
	'gv.row.architecture': '架构',
	'gv.text': '文本',
	'gv.image': '图像',
	'gv.and': '{a}和{b}',
	'gv.tokens': '{n} 个词元',
	'gv.notPublished': '未公开',
	'gv.shape': '仅解码器的 Transformer：{layers} 层，宽度 {width}，{heads} 个注意力头',
	'gv.sources': '来源',
	'gv.encodingNote':
		'GPT-3 的基础模型使用 r50k_base，即 GPT-2 的字节级 BPE，共 50,257 个词元；后来的 text-davinci 模型使用 p50k_base，只是增加了表示连续空格的词元（普通文本的分词结果相同）。GPT-4 使用 cl100k_base，约 100,000 个词元。',
	'gv.gpt3Encoding': 'GPT-3 的编码',
	'gv.gpt3Encoding.r50k': 'r50k_base（davinci，2020 年）',
	'gv.gpt3Encoding.p50k': 'p50k_base（text-davinci-002/003）',
	'gv.later': '后来的 {models}：{encoding}',
	'gv.tokenize': '用 GPT-3 和 GPT-4 的分词器对指南分词',
	'gv.tokenizeHint':
		'它们的词表在你需要时才加载：约 0.8 MB，只加载一次。没有任何数据离开你的浏览器。',
	'gv.guide': '文本',
	'gv.guide.en': '英文版指南',
	'gv.guide.zh': '中文版指南',
	'gv.barsHeading': '整份指南与每个窗口的对照',
	'gv.loading': '正在加载两个分词器并对指南分词…',
	'gv.loadFailed': '无法加载分词器：{error}',
	'gv.retry': '重试',
	'gv.barsLabel': '指南的词元数与每个上下文窗口的对照',
	'gv.sentence':
		'用 {encoding} 编码时，整份指南共 {tokens} 个词元，是 {name} 的 {window} 词元窗口的 {share}。',
	'gv.fits': '放得下。',
	'gv.doesNotFit': '放不下：模型一次最多只能看到其中最后的 {seen}。',
	'gv.barsLegend': '边框：窗口。实心：窗口内的指南词元。斜线：放不下的词元，按同一比例绘制。',
	'gv.tableSummary': '各编码与语言下指南的词元数',
	'gv.tableCaption': '用 GPT-3 和 GPT-4 的编码对指南分词',
	'gv.colText': '文本',
	'gv.colChars': '字符数',
	'gv.colTokens': '{encoding} 词元数',
	'gv.colRatio': '{encoding} ÷ cl100k',
	'gv.langNote':
		'GPT-4 的词表更大，把更多完整的单词和许多汉字作为单个词元：同样的文本所需词元更少，中文尤其明显。'
};

export const gptVersusStrings = strings(en, zh);
export const t = translator(controls, gptVersusStrings);
