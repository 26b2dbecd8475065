import { grabSlider, sweepSlider } from './helpers.mjs';

const E = 'Experts E';
const long = encodeURIComponent(
	Array.from({ length: 8 }, () => 'experts route each token of the model').join(' ')
);

export const interactions = [
	{
		name: 'mixture-of-experts: drag E across 2…16 (40 tokens routed, capacity and loss live)',
		path: `/mixture-of-experts#k=2&text=${long}`,
		async setup(page) {
			await page.getByTestId('moe-routing').waitFor();
			await grabSlider(page, E);
		},
		step: (page, i, count) => sweepSlider(page, E, i, count),
		teardown: (page) => page.mouse.up()
	}
];
