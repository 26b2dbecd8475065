const handle = (page) => page.getByTestId('handle');
/** The input plane's box, measured once in setup: querying the page on every step would be measured too. */
const planes = new WeakMap();

export const interactions = [
	{
		name: 'jacobian: drag the point around the input plane (tanh layer, grid and image redrawn)',
		path: '/jacobian#map=tanh&scores=2,1,0.1,-1,3,-2,0.5,1',
		async setup(page) {
			await handle(page).scrollIntoViewIfNeeded();
			planes.set(page, await page.getByRole('group', { name: /^The input plane/ }).boundingBox());
			const dot = await handle(page).locator('.dot').boundingBox();
			await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
			await page.mouse.down();
		},
		/** One move of a sweep around a circle through most of the plane. */
		async step(page, i, count) {
			const svg = planes.get(page);
			const a = (2 * Math.PI * (i % count)) / count;
			const r = 0.4 * svg.width;
			await page.mouse.move(
				svg.x + svg.width / 2 + r * Math.cos(a),
				svg.y + svg.height / 2 + r * Math.sin(a)
			);
		},
		teardown: (page) => page.mouse.up()
	}
];
