import { grabSlider, sweepSlider } from './helpers.mjs';

const T = 'Temperature T';

const scoreBar = (page) => page.locator('.demo-area tbody tr').first().locator('.draggable');

export const interactions = [
	{
		name: 'softmax: drag a score bar back and forth (10 scores)',
		path: '/softmax#scores=2,1,0.1,-1,0.5,1.5,-2,3,0,-0.5',
		async setup(page) {
			await page.getByRole('spinbutton', { name: 'Score x₁', exact: true }).waitFor();
			await scoreBar(page).scrollIntoViewIfNeeded();
			const box = await scoreBar(page).boundingBox();
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.mouse.down();
		},
		/** One mouse move of a sweep across the middle 80 % of the bar's track and back. */
		async step(page, i, count) {
			const box = await scoreBar(page).boundingBox();
			const phase = (i % count) / count;
			const f = phase < 0.5 ? phase * 2 : 2 - phase * 2;
			await page.mouse.move(box.x + box.width * (0.1 + 0.8 * f), box.y + box.height / 2);
		},
		teardown: (page) => page.mouse.up()
	},
	{
		name: 'softmax: drag T across its range, large numbers (naive formula overflowing)',
		path: '/softmax#scores=1000,999,997,995',
		async setup(page) {
			await page.getByRole('spinbutton', { name: 'Score x₁', exact: true }).waitFor();
			await grabSlider(page, T);
		},
		step: (page, i, count) => sweepSlider(page, T, i, count),
		teardown: (page) => page.mouse.up()
	}
];
