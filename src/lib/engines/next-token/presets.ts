import type { Lang } from '$lib/i18n/strings';

/**
 * Hand-made next-token distributions for the sampling demos: a prompt and candidate tokens with
 * logits chosen to be plausible, in both languages (same logits, translated tokens).
 */
export type Preset = {
	id: string;
	prompt: Record<Lang, string>;
	tokens: Record<Lang, string[]>;
	logits: number[];
};

export const presets = [
	{
		id: 'cat',
		prompt: { en: 'The cat sat on the', zh: '猫坐在' },
		tokens: {
			en: [
				'mat',
				'floor',
				'sofa',
				'bed',
				'chair',
				'table',
				'rug',
				'windowsill',
				'roof',
				'keyboard',
				'grass',
				'moon'
			],
			zh: [
				'垫子上',
				'地板上',
				'沙发上',
				'床上',
				'椅子上',
				'桌子上',
				'地毯上',
				'窗台上',
				'屋顶上',
				'键盘上',
				'草地上',
				'月亮上'
			]
		},
		logits: [4.2, 3.4, 3.1, 2.9, 2.6, 2.2, 2.1, 1.9, 1.2, 1.0, 0.6, -1.5]
	},
	{
		id: 'capital',
		prompt: { en: 'The capital of France is', zh: '法国的首都是' },
		tokens: {
			en: [
				'Paris',
				'a',
				'the',
				'located',
				'known',
				'not',
				'one',
				'also',
				'Lyon',
				'home',
				'called',
				'Berlin'
			],
			zh: [
				'巴黎',
				'一座',
				'这座',
				'位于',
				'以',
				'不是',
				'其中',
				'也是',
				'里昂',
				'许多',
				'被称为',
				'柏林'
			]
		},
		logits: [9.1, 3.3, 3.0, 2.8, 2.4, 1.9, 1.7, 1.5, 1.0, 0.8, 0.6, -0.5]
	},
	{
		id: 'drink',
		prompt: { en: 'Would you like a cup of', zh: '要不要来一杯' },
		tokens: {
			en: [
				'coffee',
				'tea',
				'cocoa',
				'water',
				'hot',
				'milk',
				'green',
				'soup',
				'herbal',
				'something',
				'chai',
				'sand'
			],
			zh: [
				'咖啡',
				'茶',
				'可可',
				'水',
				'热饮',
				'牛奶',
				'绿茶',
				'汤',
				'花草茶',
				'果汁',
				'奶茶',
				'沙子'
			]
		},
		// Two likely answers: at T = 1 they hold 91%, so top-p 0.9 keeps just these two.
		logits: [5.0, 4.7, 1.9, 1.5, 1.3, 1.1, 0.9, 0.6, 0.4, 0.1, -0.2, -1.4]
	},
	{
		id: 'story',
		prompt: { en: 'Once upon a time, there was a', zh: '很久很久以前，有一个' },
		tokens: {
			en: [
				'little',
				'young',
				'king',
				'girl',
				'princess',
				'dragon',
				'boy',
				'small',
				'poor',
				'beautiful',
				'wise',
				'robot'
			],
			zh: [
				'小',
				'年轻的',
				'国王',
				'女孩',
				'公主',
				'巨龙',
				'男孩',
				'小小的',
				'穷苦的',
				'美丽的',
				'聪明的',
				'机器人'
			]
		},
		logits: [2.6, 2.4, 2.35, 2.3, 2.2, 2.1, 2.05, 1.9, 1.8, 1.75, 1.6, 0.9]
	}
] as const satisfies readonly Preset[];

export type PresetId = (typeof presets)[number]['id'];
export const presetIds = presets.map((p) => p.id) as PresetId[];

export function presetById(id: string): Preset {
	return presets.find((p) => p.id === id) ?? presets[0];
}
