import { grabSlider, sweepSlider } from './helpers.mjs';

const P = 'Per-step accuracy p';

export const interactions = [
	{
		name: 'chain-of-thought: drag p (formulas for 12 chain lengths, 21 sampled chains, a new simulation in the worker)',
		path: '/chain-of-thought#n=21&m=10&steps=8',
		async setup(page) {
			await page.getByTestId('cot-readouts').waitFor();
			await grabSlider(page, P);
		},
		step: (page, i, count) => sweepSlider(page, P, i, count),
		teardown: (page) => page.mouse.up()
	}
];
