import { expect, open, test } from './fixtures';

const chart = (page: import('@playwright/test').Page) =>
	page.getByRole('group', { name: /Next-token probabilities/ });
const barHeights = (page: import('@playwright/test').Page) =>
	chart(page)
		.locator('rect.fill')
		.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));

test('the temperature slider reshapes the chart and writes the hash; reload restores it', async ({
	page
}) => {
	await open(page, '/temperature');
	const before = await barHeights(page);
	const entropyBefore = await page.getByTestId('entropy').textContent();
	const slider = page.getByRole('slider', { name: 'Temperature T' });
	await slider.fill('2');
	await expect(page).toHaveURL(/#t=2$/);
	await expect(page.getByTestId('entropy')).not.toHaveText(entropyBefore!);
	await expect.poll(() => barHeights(page)).not.toEqual(before);
	// A flatter distribution: the top bar is lower than at T = 1.
	expect((await barHeights(page))[0]).toBeLessThan(before[0]);

	await page.reload();
	await expect(page.getByRole('slider', { name: 'Temperature T' })).toHaveValue('2');
	await expect(page.getByTestId('entropy')).not.toHaveText(entropyBefore!);
});

test('temperature 0 is greedy: all mass on the top token', async ({ page }) => {
	await open(page, '/temperature#t=0');
	await expect(page.getByTestId('top-token')).toHaveText('mat · 100.0%');
	await expect(page.getByTestId('entropy')).toHaveText('0.00 bits');
});

test('seeded samples are identical across reloads and change with the seed', async ({ page }) => {
	await open(page, '/temperature#seed=42');
	await page.getByRole('button', { name: 'Sample 1000' }).click();
	await expect(page).toHaveURL(/seed=42&n=1000/);
	const histogram = page.getByRole('group', { name: /Share of 1000 samples/ });
	const read = () =>
		histogram
			.locator('rect.fill')
			.evaluateAll((rects) => rects.map((r) => r.getAttribute('height')));
	await expect(histogram).toBeVisible();
	const first = await read();
	await page.reload();
	await expect(histogram).toBeVisible();
	await expect.poll(read).toEqual(first);
	await page.getByRole('button', { name: 'New seed' }).click();
	await expect.poll(read).not.toEqual(first);
});

test('a bar can be raised from the keyboard, which edits its logit in the hash', async ({
	page
}) => {
	await open(page, '/temperature');
	const floor = chart(page).getByRole('slider', { name: /^floor/ });
	await floor.focus();
	await page.keyboard.press('PageUp');
	await page.keyboard.press('PageUp');
	await expect(page).toHaveURL(/logits=4.2,5.4,/);
	await expect(page.getByTestId('top-token')).toHaveText(/^floor/);
	await page.getByRole('button', { name: 'Reset logits' }).click();
	await expect(page.getByTestId('top-token')).toHaveText(/^mat/);
});

test('dragging a bar edits its logit', async ({ page }) => {
	await open(page, '/temperature');
	const moon = chart(page).getByRole('slider', { name: /^moon/ });
	await moon.scrollIntoViewIfNeeded();
	const box = (await moon.locator('rect.hit').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height - 5);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2, box.y - 100, { steps: 10 });
	await page.mouse.up();
	await expect(page).toHaveURL(/logits=/);
	const logit = Number(await moon.getAttribute('aria-valuenow'));
	expect(logit).toBeGreaterThan(-1.5);
});

test('model mode answers a typed prompt and generates seeded text', async ({ page }) => {
	await open(page, '/temperature#source=model');
	await expect(page.getByTestId('top-token')).toHaveText(/^mechanism/);
	await page.getByLabel('Prompt').fill('Beam search');
	await expect(page).toHaveURL(/prompt=Beam%20search/);
	await expect(page.getByTestId('top-token')).not.toHaveText(/^mechanism/);

	await page.getByRole('button', { name: 'Generate next token' }).click();
	await page.getByRole('button', { name: 'Generate next token' }).click();
	await expect(page).toHaveURL(/gen=2/);
	const text = await page.getByTestId('continued').textContent();
	await page.reload();
	await expect(page.getByTestId('continued')).toHaveText(text!);

	await page.getByLabel('Prompt').fill('');
	await expect(page.getByText('The prompt is empty')).toBeVisible();
	await page.getByLabel('Prompt').fill('the 🙂 flibbertigibbet 猫');
	await expect(page.getByText(/read as unknown: 🙂, flibbertigibbet, 猫/)).toBeVisible();
});

test('the GPT-2-sized vocabulary shows its tail as one bar', async ({ page }) => {
	await open(page, '/temperature#source=vocab');
	await expect(chart(page).getByRole('img', { name: /^other 50,246/ })).toBeVisible();
});

test('garbage in the hash is clamped or ignored, with a notice naming it', async ({ page }) => {
	await open(page, '/temperature#t=abc&seed=-5&source=%3Cimg%20src=x%3E&n=1e9&zzz=1');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('t was unreadable');
	await expect(notice).toContainText('seed was out of range');
	await expect(notice).toContainText('source was unreadable');
	await expect(notice).toContainText('n was out of range');
	await expect(page.getByRole('slider', { name: 'Temperature T' })).toHaveValue('1');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('the embed shows the same demo with the same hash', async ({ page }) => {
	await open(page, '/embed/temperature#t=0');
	await expect(page.getByTestId('top-token')).toHaveText('mat · 100.0%');
});

test('editing the hash by hand updates the demo; writes do not flood the history', async ({
	page
}) => {
	await open(page, '/temperature');
	const historyLength = await page.evaluate(() => history.length);
	await page.evaluate(() => (location.hash = '#t=0'));
	await expect(page.getByTestId('top-token')).toHaveText('mat · 100.0%');
	await expect(page.getByRole('slider', { name: 'Temperature T' })).toHaveValue('0');

	const slider = page.getByRole('slider', { name: 'Temperature T' });
	await slider.focus();
	for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#t=0.2$/);
	// One entry for the hand edit at most; the slider's twenty writes replace, never push.
	expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyLength + 1);
});
