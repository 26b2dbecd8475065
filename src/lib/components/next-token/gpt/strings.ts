/** Strings of the tiny GPT as a next-token source: loaded with it, not in a page's first load. */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { sampling } from '../strings';

const en = {
	'gpt.reading': 'Reading the new prompt…',
	'gpt.about':
		'The tiny GPT is a Transformer with {parameters} parameters trained beforehand on this guide’s questions and answers: unlike the trigram model, which sees only the last two words, it reads up to {context} tokens back, and it imitates the guide’s wording without reasoning or knowing the world.',
	'gpt.tokens':
		'Its {vocab} tokens are byte-level pieces (␣ is a space, ⏎ a line break, <E7 8C> bytes that are only part of a character), so any text can be read, even characters it never saw.',
	'gpt.empty':
		'The prompt is empty, so the model reads a blank line, the separator between the guide’s texts: what follows is how it starts one.',
	'gpt.truncated':
		'The text is longer than the model’s context: only its last {context} tokens are read.',
	'gpt.retry': 'Try again'
};

const zh: Record<keyof typeof en, string> = {
	'gpt.reading': '正在读取新的提示词…',
	'gpt.about':
		'微型 GPT 是一个有 {parameters} 个参数的 Transformer，事先用本指南的问题和回答训练而成：三元语法模型只看最后两个词，它却能往回读最多 {context} 个词元；它模仿本指南的措辞，但不会推理，也不了解世界。',
	'gpt.tokens':
		'它的 {vocab} 个词元是字节级的片段（␣ 是空格，⏎ 是换行，<E7 8C> 是只占一个字符一部分的字节），所以任何文本都能读，连它从未见过的字符也可以。',
	'gpt.empty':
		'提示词为空，所以模型读的是一个空行，即本指南各篇文字之间的分隔：下面就是它如何开始一篇文字。',
	'gpt.truncated': '文本超出了模型的上下文长度：只读取最后 {context} 个词元。',
	'gpt.retry': '重试'
};

export const gpt = strings(en, zh);
export const t = translator(sampling, gpt);
