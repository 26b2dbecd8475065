import { grabSlider, sweepSlider } from './helpers.mjs';

const T = 'Temperature T';

export const interactions = [
	{
		name: 'distillation: drag T across its range (softened bars and formula; the students’ run restarts once T rests)',
		path: '/distillation',
		async setup(page) {
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached', timeout: 120_000 });
			await page.getByTestId('students-step').waitFor();
			await grabSlider(page, T);
		},
		step: (page, i, count) => sweepSlider(page, T, i, count),
		teardown: (page) => page.mouse.up()
	}
];
