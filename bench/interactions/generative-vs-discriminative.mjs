/** The plane's box, measured once in setup: querying the page on every step would be measured too. */
const planes = new WeakMap();

export const interactions = [
	{
		name: 'generative-vs-discriminative: drag a point around the plane (both fits, contours, test accuracy on 2,000 points)',
		path: '/generative-vs-discriminative-ai#n=30&g=1',
		async setup(page) {
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
			const plane = page.getByRole('group', { name: /^The points of two classes/ });
			await plane.scrollIntoViewIfNeeded();
			planes.set(page, await plane.boundingBox());
			const ring = await page.getByTestId('handle').locator('circle').boundingBox();
			await page.mouse.move(ring.x + ring.width / 2, ring.y + ring.height / 2);
			await page.mouse.down();
		},
		/** One move of a sweep around a circle through most of the plane. */
		async step(page, i, count) {
			const svg = planes.get(page);
			const a = (2 * Math.PI * (i % count)) / count;
			const r = 0.3 * svg.width;
			await page.mouse.move(
				svg.x + svg.width / 2 + r * Math.cos(a),
				svg.y + svg.height / 2 + r * Math.sin(a)
			);
		},
		teardown: (page) => page.mouse.up()
	}
];
