const handle = (page) => page.getByTestId('handle');

export const interactions = [
	{
		name: 'jacobian: drag the point across the input plane (tanh layer, grid and image redrawn)',
		path: '/jacobian#map=tanh&scores=2,1,0.1,-1,3,-2,0.5,1',
		async setup(page) {
			await handle(page).scrollIntoViewIfNeeded();
			const box = await handle(page).locator('.dot').boundingBox();
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.mouse.down();
		},
		/** One move of a sweep around a circle through most of the plane. */
		async step(page, i, count) {
			const svg = await page.getByRole('group', { name: /^The input plane/ }).boundingBox();
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
