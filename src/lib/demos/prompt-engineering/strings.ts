/** Strings of the prompt-engineering demo (question 13). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { sampling } from '$lib/components/next-token/strings';

const en = {
	'prompt.intro':
		'Two prompts side by side, read by the tiny GPT trained on this guide. It learned the guide’s “Question: …⏎Answer: …” format, so a prompt in that format is something it answers; anything else it merely continues.',
	'prompt.isNot':
		'What this model is: a decoder of {params} parameters with a {context}-token context, trained on this guide’s answers to {trained} of its 50 questions, in English and Chinese. It conditions on the prompt and recalls the guide’s wording. It does not reason, follow instructions it never saw, or know anything outside the guide: a clear prompt helps it only by looking like what it was trained on.',
	'prompt.presets': 'Compare',
	'prompt.preset.vague': 'Vague vs the guide’s format',
	'prompt.preset.example': 'Without vs with an example',
	'prompt.preset.language': 'English vs Chinese',
	'prompt.prompt': 'Prompt {which}',
	'prompt.promptHint':
		'{length} / {max} characters. Any text is read: characters the model never saw become their UTF-8 bytes.',
	'prompt.topP': 'Top-p',
	'prompt.length': 'Tokens to generate',
	'prompt.loading': 'Loading the model…',
	'prompt.loadFailed': 'The model could not be loaded: {error}',
	'prompt.retry': 'Try again',
	'prompt.tokens': '{n} tokens of the {context}-token context',
	'prompt.tokensOne': '1 token of the {context}-token context',
	'prompt.tokensLabel': 'Tokens of prompt {which} the model reads',
	'prompt.tokensLabelOut':
		'Tokens of prompt {which}: the first {out}, struck through, are outside the window and never read',
	'prompt.outHint': 'Struck through: fell out of the window, never read.',
	'prompt.empty':
		'Prompt {which} is empty: the model reads only a blank line (the separator between the guide’s documents) and starts a document of its own.',
	'prompt.truncated':
		'Prompt {which} is {n} tokens, more than the model’s {context}-token context: only its last {context} are read, and its first {out} never reach the model.',
	'prompt.reading': 'The model is reading…',
	'prompt.readFailed': 'The model could not read the prompts: {error}',
	'prompt.nextTitle': 'Next token',
	'prompt.nextLabel': 'The 10 likeliest next tokens after prompt {which}, at temperature 1',
	'prompt.bar': '{token}: probability {p}',
	'prompt.continuationTitle': 'Continuation',
	'prompt.continuationAbout': 'Sampled at T = {t}, top-p {p}, seed {seed}.',
	'prompt.fitTitle': 'What the format does, measured',
	'prompt.fitAbout':
		'For each of the {n} questions the model was trained on (per language), the guide’s own answer is scored after the question asked three ways: the probability the model gives each of the answer’s first {k} tokens, averaged as log-probabilities. Higher means the prompt leads the model towards the guide’s answer. The example is another question with its answer’s first sentence.',
	'prompt.fitRunning': 'Scoring the guide’s answers: {done} of {n} questions…',
	'prompt.fitFailed': 'The measurement failed: {error}',
	'prompt.format.bare': 'Bare question',
	'prompt.format.format': 'Guide’s format',
	'prompt.format.example': 'Example + format',
	'prompt.lang.en': 'English',
	'prompt.lang.zh': 'Chinese',
	'prompt.fitCaption': '{lang}: the guide’s answers to {n} questions',
	'prompt.col.prompt': 'Asked as',
	'prompt.col.perToken': 'P per token',
	'prompt.col.logProb': 'ln P per token',
	'prompt.col.beats': 'Beats bare',
	'prompt.col.truncated': 'Overflowed',
	'prompt.fitConclusion':
		'In {lang}, the guide’s format moves the per-token probability of the guide’s answer from {bare} (bare question) to {format}, higher for {beats} of {n} questions. With a worked example in front it is {example}: {truncated} of those {n} prompts overflow the {context}-token window, so the start of what they say falls out.'
};

const zh: Record<keyof typeof en, string> = {
	'prompt.intro':
		'两个提示词并排，由在本指南上训练的微型 GPT 来读。它学会了指南的“问题：…⏎回答：…”格式，所以这种格式的提示词它会作答；其他文本它只是接着往下写。',
	'prompt.isNot':
		'这个模型是什么：一个有 {params} 个参数、上下文为 {context} 个词元的解码器，用本指南 50 个问题中 {trained} 个问题的中英文回答训练。它以提示词为条件，复现指南的措辞。它不会推理，不会执行没见过的指令，也不知道指南以外的任何事：清楚的提示词之所以有用，只是因为它更像训练时见过的文本。',
	'prompt.presets': '对比',
	'prompt.preset.vague': '含糊与指南格式',
	'prompt.preset.example': '不带与带示例',
	'prompt.preset.language': '英文与中文',
	'prompt.prompt': '提示词 {which}',
	'prompt.promptHint':
		'{length} / {max} 个字符。任何文本都能读：模型没见过的字符会变成它们的 UTF-8 字节。',
	'prompt.topP': 'Top-p',
	'prompt.length': '生成的词元数',
	'prompt.loading': '正在加载模型…',
	'prompt.loadFailed': '模型加载失败：{error}',
	'prompt.retry': '重试',
	'prompt.tokens': '{n} 个词元，上下文为 {context} 个词元',
	'prompt.tokensOne': '1 个词元，上下文为 {context} 个词元',
	'prompt.tokensLabel': '模型读到的提示词 {which} 的词元',
	'prompt.tokensLabelOut': '提示词 {which} 的词元：前 {out} 个划了删除线，落在窗口之外，从未被读到',
	'prompt.outHint': '划删除线的词元落在窗口之外，从未被读到。',
	'prompt.empty':
		'提示词 {which} 是空的：模型只读到一个空行（指南各文档之间的分隔符），然后自己开始写一篇文档。',
	'prompt.truncated':
		'提示词 {which} 有 {n} 个词元，超过了模型 {context} 个词元的上下文：只读最后 {context} 个，前 {out} 个根本到不了模型。',
	'prompt.reading': '模型正在读…',
	'prompt.readFailed': '模型读取提示词失败：{error}',
	'prompt.nextTitle': '下一个词元',
	'prompt.nextLabel': '提示词 {which} 之后最可能的 10 个词元（温度 1）',
	'prompt.bar': '{token}：概率 {p}',
	'prompt.continuationTitle': '续写',
	'prompt.continuationAbout': '采样参数：T = {t}，top-p {p}，种子 {seed}。',
	'prompt.fitTitle': '格式的作用，实测',
	'prompt.fitAbout':
		'对模型训练过的每个问题（每种语言 {n} 个），用三种问法提问，再给指南自己的回答打分：模型给回答前 {k} 个词元的概率，按对数概率取平均。越高，说明提示词越能把模型引向指南的回答。示例是另一个问题及其回答的第一句。',
	'prompt.fitRunning': '正在给指南的回答打分：{done} / {n} 个问题…',
	'prompt.fitFailed': '测量失败：{error}',
	'prompt.format.bare': '只有问题',
	'prompt.format.format': '指南格式',
	'prompt.format.example': '示例 + 格式',
	'prompt.lang.en': '英文',
	'prompt.lang.zh': '中文',
	'prompt.fitCaption': '{lang}：指南对 {n} 个问题的回答',
	'prompt.col.prompt': '问法',
	'prompt.col.perToken': '每词元 P',
	'prompt.col.logProb': '每词元 ln P',
	'prompt.col.beats': '胜过只有问题',
	'prompt.col.truncated': '超出窗口',
	'prompt.fitConclusion':
		'{lang}中，指南格式把指南回答的每词元概率从 {bare}（只有问题）变为 {format}，{n} 个问题中有 {beats} 个更高。前面加上一个示例后为 {example}：这 {n} 个提示词中有 {truncated} 个超出 {context} 个词元的窗口，开头的内容被挤了出去。'
};

export const promptEngineering = strings(en, zh);
export const t = translator(sampling, promptEngineering);
