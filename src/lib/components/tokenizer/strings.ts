/** Strings of the tokenizer views both tokenizer demos show (questions 1, 16). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'tok.corpus.en': 'The guide in English',
	'tok.corpus.zh': 'The guide in Chinese',
	'tok.corpusName.en': 'the guide in English',
	'tok.corpusName.zh': 'the guide in Chinese',
	'tok.corpusName.text': 'this text',
	'tok.gptLegend': 'Compare with OpenAI’s tokenizers',
	'tok.gpt.r50k': 'GPT-2 (r50k_base)',
	'tok.gpt.cl100k': 'GPT-4 (cl100k_base)',
	'tok.gpt.o200k': 'GPT-4o (o200k_base)',
	'tok.gptHint':
		'Each is a download of 1–2 MB, fetched from this site the first time you switch it on.',
	'tok.gptLoading': 'Loading the tokenizer…',
	'tok.gptFailed':
		'The tokenizer could not be loaded. Check the connection and switch it on again.',
	'tok.loadingGuide': 'Loading the guide’s text…',
	'tok.chars': 'Characters',
	'tok.summary': '{n} tokens · {ratio} characters per token',
	'tok.summaryOne': '1 token · {ratio} characters per token',
	'tok.tokensOf': 'Tokens of {name}',
	'tok.noTokens': 'No tokens: the text is empty.',
	'tok.moreTokens': '… and {n} more tokens, counted but not drawn.'
};

const zh: Record<keyof typeof en, string> = {
	'tok.corpus.en': '英文版指南',
	'tok.corpus.zh': '中文版指南',
	'tok.corpusName.en': '英文版指南',
	'tok.corpusName.zh': '中文版指南',
	'tok.corpusName.text': '这段文本',
	'tok.gptLegend': '与 OpenAI 的分词器对比',
	'tok.gpt.r50k': 'GPT-2（r50k_base）',
	'tok.gpt.cl100k': 'GPT-4（cl100k_base）',
	'tok.gpt.o200k': 'GPT-4o（o200k_base）',
	'tok.gptHint': '每个分词器约 1–2 MB，第一次打开时才从本站下载。',
	'tok.gptLoading': '正在加载分词器…',
	'tok.gptFailed': '分词器加载失败。请检查网络后重新打开。',
	'tok.loadingGuide': '正在加载指南文本…',
	'tok.chars': '按字符',
	'tok.summary': '{n} 个词元 · 平均每个词元 {ratio} 个字符',
	'tok.summaryOne': '1 个词元 · 平均每个词元 {ratio} 个字符',
	'tok.tokensOf': '{name}的词元',
	'tok.noTokens': '没有词元：文本是空的。',
	'tok.moreTokens': '……另有 {n} 个词元，已计数但未画出。'
};

export const tokenizer = strings(en, zh);
export const t = translator(tokenizer);
