/** Strings of the temperature demo (question 6). */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';
import { sampling } from '$lib/components/next-token/strings';

const en = {
	'sampling.vocabAbout':
		'A synthetic distribution over 50,257 tokens, the size of GPT-2’s vocabulary: Zipf-like logits (the r-th likeliest token has logit −1.1 ln r) with a little seeded noise. Watch how much of the mass the long tail holds as T rises.',
	'example.cat': 'Everyday',
	'example.capital': 'Confident',
	'example.drink': 'Two-way',
	'example.story': 'Open-ended',
	'sampling.resetLogits': 'Reset logits',
	'sampling.generate': 'Generate next token',
	'sampling.generateHint':
		'Each click samples one token at the current temperature and appends it: low T repeats itself, high T drifts.'
};

const zh: Record<keyof typeof en, string> = {
	'sampling.vocabAbout':
		'一个覆盖 50,257 个词元（GPT-2 词表的大小）的合成分布：logits 近似 Zipf 分布（第 r 可能的词元 logit 为 −1.1 ln r），再加一点带种子的噪声。升高 T，看长尾占据了多少概率。',
	'example.cat': '日常',
	'example.capital': '确定',
	'example.drink': '二选一',
	'example.story': '开放',
	'sampling.resetLogits': '重置 logits',
	'sampling.generate': '生成下一个词元',
	'sampling.generateHint':
		'每点一次，就按当前温度采样一个词元并接在后面：低温会重复自己，高温会跑题。'
};

export const temperature = strings(en, zh);
export const t = translator(sampling, temperature);
