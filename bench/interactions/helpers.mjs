/** Each page's grabbed slider boxes, so a sweep does not query the page for every move. */
const grabbed = new WeakMap();

/** Press the mouse on a range input's left end, ready to sweep it with `sweepSlider`. */
export async function grabSlider(page, name) {
	const slider = page.getByRole('slider', { name });
	await slider.scrollIntoViewIfNeeded();
	const box = await slider.boundingBox();
	grabbed.set(page, { ...grabbed.get(page), [name]: box });
	await page.mouse.move(box.x + 2, box.y + box.height / 2);
	await page.mouse.down();
	return box;
}

/** One mouse move of a back-and-forth sweep across the whole slider (grabbed first). */
export async function sweepSlider(page, name, i, count) {
	const box = grabbed.get(page)?.[name] ?? (await page.getByRole('slider', { name }).boundingBox());
	const phase = (i % count) / count;
	const f = phase < 0.5 ? phase * 2 : 2 - phase * 2;
	await page.mouse.move(box.x + 2 + f * (box.width - 4), box.y + box.height / 2);
}
