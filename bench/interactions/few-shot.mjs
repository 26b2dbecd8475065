import { grabSlider, sweepSlider } from './helpers.mjs';

const K = 'Examples per label k';
/** The Models checkbox's box on each page. */
const models = new WeakMap();

/**
 * The controls at the top of the screen, the accuracy chart and the map below them: the sections
 * near the screen follow k and the labels (those further down catch up when scrolled to), and
 * their charts' code arrives when they come near, so it is waited for.
 */
async function controlsAtTop(page) {
	await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
	await page
		.getByRole('slider', { name: K })
		.evaluate((slider) => slider.closest('.demo-controls').scrollIntoView({ block: 'start' }));
	await page.locator('.demo-area .curve svg').waitFor();
	await page.locator('.demo-area .map svg').waitFor();
}

export const interactions = [
	{
		name: 'few-shot: drag k across 0–10 (centroids and their trails, test accuracy, the map and the examples)',
		path: '/few-shot',
		async setup(page) {
			await controlsAtTop(page);
			await grabSlider(page, K);
		},
		step: (page, i, count) => sweepSlider(page, K, i, count),
		teardown: (page) => page.mouse.up()
	},
	{
		name: 'few-shot: toggle a label (new classes: accuracy against k for 10 seeds, PCA of the sentences)',
		path: '/few-shot',
		async setup(page) {
			await controlsAtTop(page);
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
