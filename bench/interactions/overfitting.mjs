import { grabSlider, sweepSlider } from './helpers.mjs';

const N = 'Training-set size n';

export const interactions = [
	{
		name: 'overfitting: drag the training-set size n (polynomial fit, 8 refits, 21 degrees, random-features fit with p = 400 recomputed and redrawn)',
		path: '/overfitting#degree=14&width=400',
		async setup(page) {
			await grabSlider(page, N);
		},
		step: (page, i, count) => sweepSlider(page, N, i, count),
		teardown: (page) => page.mouse.up()
	}
];
