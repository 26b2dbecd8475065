import { grabSlider, sweepSlider } from './helpers.mjs';

const K = 'Examples per label k';
/** The Models checkbox's box on each page. */
const models = new WeakMap();

export const interactions = [
	{
		name: 'few-shot: drag k across 0–10 (centroids and their trails, test accuracy, the map and the examples)',
		path: '/few-shot',
		async setup(page) {
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
			await grabSlider(page, K);
		},
		step: (page, i, count) => sweepSlider(page, K, i, count),
		teardown: (page) => page.mouse.up()
	},
	{
		name: 'few-shot: toggle a label (new classes: accuracy against k for 10 seeds, PCA of the sentences)',
		path: '/few-shot',
		async setup(page) {
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
			const box = page.getByRole('checkbox', { name: 'Models' });
			await box.scrollIntoViewIfNeeded();
			models.set(page, await box.boundingBox());
		},
		/** A click on the checkbox where it was found (no query of the page per event). */
		async step(page) {
			const { x, y, width, height } = models.get(page);
			await page.mouse.click(x + width / 2, y + height / 2);
		}
	}
];
