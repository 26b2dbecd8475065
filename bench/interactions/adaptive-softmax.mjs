import { grabSlider, sweepSlider } from './helpers.mjs';

const HEAD = 'Head size k_h (words)';

export const interactions = [
	{
		name: 'adaptive-softmax: drag the head cutoff (cost, probabilities and the 10k–1M table recomputed)',
		path: '/adaptive-softmax',
		async setup(page) {
			await page.getByTestId('as-speedup').waitFor();
			await grabSlider(page, HEAD);
		},
		step: (page, i, count) => sweepSlider(page, HEAD, i, count),
		teardown: (page) => page.mouse.up()
	}
];
