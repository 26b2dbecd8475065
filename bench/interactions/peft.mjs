import { grabSlider, sweepSlider } from './helpers.mjs';

const RANK = 'LoRA rank r';

export const interactions = [
	{
		name: 'peft: drag LoRA’s rank on GPT-3 175B with every matrix adapted',
		path: '/peft#model=gpt3-175b&lk=1&lo=1&lm=1',
		async setup(page) {
			await grabSlider(page, RANK);
		},
		step: (page, i, count) => sweepSlider(page, RANK, i, count),
		teardown: (page) => page.mouse.up()
	}
];
