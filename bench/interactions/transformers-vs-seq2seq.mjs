import { grabSlider, sweepSlider } from './helpers.mjs';

const WIDTH = 'Model width d';

export const interactions = [
	{
		name: 'transformers-vs-seq2seq: drag the model width d (both cost charts and their table)',
		path: '/transformers-vs-seq2seq',
		async setup(page) {
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
			await grabSlider(page, WIDTH);
		},
		step: (page, i, count) => sweepSlider(page, WIDTH, i, count),
		teardown: (page) => page.mouse.up()
	}
];
