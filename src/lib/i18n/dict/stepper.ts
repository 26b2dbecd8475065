/** Strings of the shared stepper control (play / pause / step / reset). */
import { registerStrings } from '../strings';

const en = {
	'stepper.reset': 'Reset',
	'stepper.back': '◀ Back',
	'stepper.play': '▶ Play',
	'stepper.pause': 'Pause',
	'stepper.step': 'Step ▶',
	'stepper.end': 'End ▶▶',
	'stepper.count': 'step {step} / {total}',
	'stepper.keys':
		'Keys, once the stepper has focus: ← → step, Home reset, End to the end, P play/pause.'
};

const zh: Record<keyof typeof en, string> = {
	'stepper.reset': '重置',
	'stepper.back': '◀ 后退',
	'stepper.play': '▶ 播放',
	'stepper.pause': '暂停',
	'stepper.step': '前进 ▶',
	'stepper.end': '到底 ▶▶',
	'stepper.count': '第 {step} / {total} 步',
	'stepper.keys': '聚焦步进器后可用按键：← → 单步，Home 重置，End 跳到最后，P 播放/暂停。'
};

export const stepper = registerStrings({ en, zh });
