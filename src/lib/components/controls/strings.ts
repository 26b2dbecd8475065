/** Strings of the shared controls: the stepper, the seed box, the sentence box. */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'stepper.reset': 'Reset',
	'run.failed': 'The run stopped with an error: {error}',
	'stepper.back': '◀ Back',
	'stepper.play': '▶ Play',
	'stepper.pause': 'Pause',
	'stepper.step': 'Step ▶',
	'stepper.end': 'End ▶▶',
	'stepper.count': 'step {step} / {total}',
	'stepper.keys':
		'Keys, once the stepper has focus: ← → step, Home reset, End to the end, P play/pause.',
	'sampling.seed': 'Seed',
	'sampling.newSeed': 'New seed',
	'attn.sentence': 'Sentence',
	'attn.sentenceHint': '{count} tokens · words, punctuation and emoji each count',
	'attn.examples': 'Examples'
};

const zh: Record<keyof typeof en, string> = {
	'stepper.reset': '重置',
	'run.failed': '训练因错误而停止：{error}',
	'stepper.back': '◀ 后退',
	'stepper.play': '▶ 播放',
	'stepper.pause': '暂停',
	'stepper.step': '前进 ▶',
	'stepper.end': '到底 ▶▶',
	'stepper.count': '第 {step} / {total} 步',
	'stepper.keys': '聚焦步进器后可用按键：← → 单步，Home 重置，End 跳到最后，P 播放/暂停。',
	'sampling.seed': '随机种子',
	'sampling.newSeed': '换一个种子',
	'attn.sentence': '句子',
	'attn.sentenceHint': '共 {count} 个词元 · 词、标点和表情符号各算一个',
	'attn.examples': '例句'
};

export const controls = strings(en, zh);
export const t = translator(controls);
