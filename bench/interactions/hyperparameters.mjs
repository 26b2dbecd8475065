const handle = (page) => page.getByTestId('start-handle');
/** The contour plot's box, measured once in setup: querying the page on every step would be measured too. */
const plots = new WeakMap();

export const interactions = [
	{
		name: 'hyperparameters: drag the start point on Rosenbrock (5 optimisers × 500 steps recomputed and redrawn)',
		path: '/hyperparameters#surface=rosenbrock&x=-1.5&y=2.5&lr=0.001&steps=500&nag=1&rms=1&noise=0.1',
		async setup(page) {
			await handle(page).scrollIntoViewIfNeeded();
			plots.set(
				page,
				await page.getByRole('group', { name: /^Contours of the loss/ }).boundingBox()
			);
			const dot = await handle(page).locator('.dot').boundingBox();
			await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
			await page.mouse.down();
		},
		/** One move of a sweep around a circle through most of the plot. */
		async step(page, i, count) {
			const box = plots.get(page);
			const a = (2 * Math.PI * (i % count)) / count;
			const r = 0.3 * box.width;
			await page.mouse.move(
				box.x + box.width / 2 + r * Math.cos(a),
				box.y + box.height / 2 + r * Math.sin(a)
			);
		},
		teardown: (page) => page.mouse.up()
	}
];
