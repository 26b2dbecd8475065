import { grabSlider, sweepSlider } from './helpers.mjs';

const WIDTH = 'Width (d_model)';

export const interactions = [
	{
		name: 'what-is-an-llm: drag the model width while a run trains (parameter count, loss chart, samples and 8 attention heads redrawn as the worker posts; the run restarts once the drag rests)',
		path: '/what-is-an-llm#heads=8',
		async setup(page) {
			const run = page.getByRole('group', { name: 'Training run' });
			await run.getByRole('button', { name: '▶ Play' }).click();
			await page
				.getByTestId('train-step')
				.filter({ hasText: /step [1-9]/ })
				.waitFor();
			await grabSlider(page, WIDTH);
		},
		step: (page, i, count) => sweepSlider(page, WIDTH, i, count),
		teardown: (page) => page.mouse.up()
	}
];
