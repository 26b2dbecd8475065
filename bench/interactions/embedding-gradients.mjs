import { grabSlider, sweepSlider } from './helpers.mjs';

const LR = 'Learning rate';

export const interactions = [
	{
		name: 'embedding-gradients: drag the learning rate (each value restarts the run, redraws the gradient)',
		path: '/embedding-gradients',
		async setup(page) {
			await page.getByTestId('status').filter({ hasText: 'Paused' }).waitFor();
			await grabSlider(page, LR);
		},
		step: (page, i, count) => sweepSlider(page, LR, i, count),
		teardown: (page) => page.mouse.up()
	},
	{
		name: 'embedding-gradients: training at full speed while the pointer moves (views from the worker)',
		path: '/embedding-gradients',
		async setup(page) {
			await page.getByTestId('status').filter({ hasText: 'Paused' }).waitFor();
			await page.getByRole('button', { name: 'Fast' }).click();
			await page.getByRole('button', { name: '▶ Train' }).click();
		},
		/** A pointer move over the page: what is measured is the frame the training views leave room for. */
		step: (page, i) => page.mouse.move(100 + (i % 50) * 4, 300)
	}
];
