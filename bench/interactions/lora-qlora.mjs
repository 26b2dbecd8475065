import { grabSlider, sweepSlider } from './helpers.mjs';

const DECAY = 'Decay of the update’s strength per direction';

export const interactions = [
	{
		name: 'lora-qlora: drag the update’s decay (a 24 × 24 SVD and three heatmaps per move)',
		path: '/lora-qlora',
		async setup(page) {
			await grabSlider(page, DECAY);
		},
		step: (page, i, count) => sweepSlider(page, DECAY, i, count),
		teardown: (page) => page.mouse.up()
	}
];
