/** The heaviest input: dragging one point of a 200-point cloud, with the projection drawn. */
const layer = (page) => page.locator('.demo-area rect.pointer-layer');
const dot = (page) => page.locator('.demo-area circle.point.selected');

export const interactions = [
	{
		name: 'eigenvectors-pca: drag a point of a 200-point cloud in a circle (PCA, projection, power iteration)',
		path: '/eigenvectors-pca#n=200&iter=10',
		async setup(page) {
			await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
			await layer(page).scrollIntoViewIfNeeded();
			const box = await dot(page).boundingBox();
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.mouse.down();
		},
		/** One mouse move along a circle of radius 80 px around the middle of the plot. */
		async step(page, i, count) {
			const box = await layer(page).boundingBox();
			const a = (2 * Math.PI * (i % count)) / count;
			await page.mouse.move(
				box.x + box.width / 2 + 80 * Math.cos(a),
				box.y + box.height / 2 + 80 * Math.sin(a)
			);
		},
		teardown: (page) => page.mouse.up()
	}
];
