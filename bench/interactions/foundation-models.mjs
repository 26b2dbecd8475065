import { grabSlider, sweepSlider } from './helpers.mjs';

const FROM = 'From year';

export const interactions = [
	{
		name: 'foundation-models: drag the first year across its range (the map re-packed, zoomed into text)',
		path: '/foundation-models#at=text',
		async setup(page) {
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
			await grabSlider(page, FROM);
		},
		step: (page, i, count) => sweepSlider(page, FROM, i, count),
		teardown: (page) => page.mouse.up()
	}
];
