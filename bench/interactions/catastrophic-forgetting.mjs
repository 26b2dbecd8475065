import { grabSlider, sweepSlider } from './helpers.mjs';

const LAMBDA = 'EWC strength λ';
const status = (page) => page.getByTestId('cf-step');

export const interactions = [
	{
		name: 'catastrophic-forgetting: drag EWC’s λ (each value restarts the run in the worker)',
		path: '/catastrophic-forgetting#ewc=1',
		async setup(page) {
			await status(page).filter({ hasText: 'step 0 / 500' }).waitFor();
			await grabSlider(page, LAMBDA);
		},
		step: (page, i, count) => sweepSlider(page, LAMBDA, i, count),
		teardown: (page) => page.mouse.up()
	},
	{
		name: 'catastrophic-forgetting: training at full speed with the adapter while the pointer moves (two region maps and the accuracy curves redrawn from the worker’s views)',
		path: '/catastrophic-forgetting#freeze=1&rank=4',
		async setup(page) {
			await status(page).filter({ hasText: 'step 0 / 500' }).waitFor();
			await page.getByRole('button', { name: '▶ Play' }).click();
			// Past the switch, so both maps are drawn; then slow, so the run lasts through the measurement.
			await status(page).filter({ hasText: 'learning task B' }).waitFor({ timeout: 60_000 });
			await page.getByRole('button', { name: 'Slow', exact: true }).click();
		},
		/** A pointer move over the page: what is measured is the frame the training views leave room for. */
		step: (page, i) => page.mouse.move(100 + (i % 50) * 4, 300)
	}
];
