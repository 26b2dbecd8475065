/** The bar of the second token (8 tokens, a soft target): every move redraws every chart. */
const bar = (page) => page.locator('.demo-area svg g.bar.editable').nth(1);

export const interactions = [
	{
		name: 'cross-entropy: drag a logit bar up and down (8 tokens, label smoothing)',
		path: '/cross-entropy#logits=1,2.5,0.5,0,-1,0.3,-0.4,1.2&smoothing=0.1',
		async setup(page) {
			await bar(page).waitFor();
			await bar(page).scrollIntoViewIfNeeded();
			const box = await bar(page).boundingBox();
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.mouse.down();
		},
		/** One mouse move of a sweep over 80 px up and back down. */
		async step(page, i, count) {
			const box = await bar(page).boundingBox();
			const phase = (i % count) / count;
			const f = phase < 0.5 ? phase * 2 : 2 - phase * 2;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 40 + 80 * f);
		},
		teardown: (page) => page.mouse.up()
	}
];
