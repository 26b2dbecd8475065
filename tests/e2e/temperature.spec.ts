// /temperature: the slider, T = 0 and a hash edited by hand, raising and dragging a bar, seeded
// samples, model mode, the tiny GPT, the GPT-2-sized vocabulary and bad hash values, all on one
// load of the question page (each state set by the hash or the controls, reloads where a reload
// restores the state); then the embed. Axe, focus rings and hide=/lock= are every-page.spec.ts's;
// locked logits, hide-lock.spec.ts's.
import type { Page } from '@playwright/test';
import { expect, open, setHash, test } from './fixtures';

const softly = expect.configure({ soft: true });

const chart = (page: Page) => page.getByRole('group', { name: /Next-token probabilities/ });
const barHeights = (page: Page) =>
	chart(page)
		.locator('rect.fill')
		.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
const slider = (page: Page) => page.getByRole('slider', { name: 'Temperature T' });

test('the question page: the slider, T = 0, bars, samples, the model, the vocabulary, bad hashes', async ({
	page
}) => {
	// Nine behaviours and four reloads on one load: 20 to 35 s here under load.
	test.setTimeout(120_000);
	await open(page, '/temperature');

	await test.step('the temperature slider reshapes the chart and writes the hash; reload restores it', async () => {
		const before = await barHeights(page);
		const entropyBefore = await page.getByTestId('entropy').textContent();
		await slider(page).fill('2');
		await expect.soft(page).toHaveURL(/#t=2$/);
		await expect.soft(page.getByTestId('entropy')).not.toHaveText(entropyBefore!);
		await softly.poll(() => barHeights(page)).not.toEqual(before);
		// A flatter distribution: the top bar is lower than at T = 1.
		expect.soft((await barHeights(page))[0]).toBeLessThan(before[0]);

		await page.reload();
		await expect.soft(slider(page)).toHaveValue('2');
		await expect.soft(page.getByTestId('entropy')).not.toHaveText(entropyBefore!);
	});

	await test.step('a hash edited by hand updates the demo (T = 0 is greedy: all mass on the top token); writes do not flood the history', async () => {
		const historyLength = await page.evaluate(() => history.length);
		await setHash(page, 't=0');
		await expect.soft(page.getByTestId('top-token')).toHaveText('mat · 100.0%');
		await expect.soft(page.getByTestId('entropy')).toHaveText('0.00 bits');
		await expect.soft(slider(page)).toHaveValue('0');

		await slider(page).focus();
		for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
		await expect.soft(page).toHaveURL(/#t=0.2$/);
		// One entry for the hand edit at most; the slider's twenty writes replace, never push.
		expect.soft(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyLength + 1);
	});

	await test.step('a bar can be raised from the keyboard, which edits its logit in the hash', async () => {
		await setHash(page, '');
		const floor = chart(page).getByRole('slider', { name: /^floor/ });
		await floor.focus();
		await page.keyboard.press('PageUp');
		await page.keyboard.press('PageUp');
		await expect.soft(page).toHaveURL(/logits=4.2,5.4,/);
		await expect.soft(page.getByTestId('top-token')).toHaveText(/^floor/);
		await page.getByRole('button', { name: 'Reset logits' }).click();
		await expect.soft(page.getByTestId('top-token')).toHaveText(/^mat/);
	});

	await test.step('dragging a bar edits its logit', async () => {
		await setHash(page, '');
		const moon = chart(page).getByRole('slider', { name: /^moon/ });
		await moon.scrollIntoViewIfNeeded();
		const box = (await moon.locator('rect.hit').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height - 5);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2, box.y - 100, { steps: 10 });
		await page.mouse.up();
		await expect.soft(page).toHaveURL(/logits=/);
		expect.soft(Number(await moon.getAttribute('aria-valuenow'))).toBeGreaterThan(-1.5);
	});

	await test.step('seeded samples are identical across reloads and change with the seed', async () => {
		await setHash(page, 'seed=42');
		await page.getByRole('button', { name: 'Sample 1000' }).click();
		await expect.soft(page).toHaveURL(/seed=42&n=1000/);
		const histogram = page.getByRole('group', { name: /Share of 1000 samples/ });
		const read = () =>
			histogram
				.locator('rect.fill')
				.evaluateAll((rects) => rects.map((r) => r.getAttribute('height')));
		await expect.soft(histogram).toBeVisible();
		const first = await read();
		await page.reload();
		await expect.soft(histogram).toBeVisible();
		await softly.poll(read).toEqual(first);
		await page.getByRole('button', { name: 'New seed' }).click();
		await softly.poll(read).not.toEqual(first);
	});

	await test.step('model mode answers a typed prompt and generates seeded text', async () => {
		await setHash(page, 'source=model');
		await expect.soft(page.getByTestId('top-token')).toHaveText(/^mechanism/);
		await page.getByLabel('Prompt').fill('Beam search');
		await expect.soft(page).toHaveURL(/prompt=Beam%20search/);
		await expect.soft(page.getByTestId('top-token')).not.toHaveText(/^mechanism/);

		await page.getByRole('button', { name: 'Generate next token' }).click();
		await page.getByRole('button', { name: 'Generate next token' }).click();
		await expect.soft(page).toHaveURL(/gen=2/);
		const text = await page.getByTestId('continued').textContent();
		await page.reload();
		await expect.soft(page.getByTestId('continued')).toHaveText(text!);

		await page.getByLabel('Prompt').fill('');
		await expect.soft(page.getByText('The prompt is empty')).toBeVisible();
		await page.getByLabel('Prompt').fill('the 🙂 flibbertigibbet 猫');
		await expect.soft(page.getByText(/read as unknown: 🙂, flibbertigibbet, 猫/)).toBeVisible();
	});

	await test.step('the tiny GPT reads a typed prompt and generates from it; the hash round-trips', async () => {
		await setHash(page, 'source=gpt&prompt=The%20attention');
		// The checkpoint is fetched and read in a worker: wait for the first reading.
		await expect
			.soft(page.getByText(/The tiny GPT is a Transformer with [\d,]+ parameters/))
			.toBeVisible({
				timeout: 30_000
			});
		const names = () =>
			chart(page)
				.getByRole('img')
				.evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label')));
		const before = await names();
		expect.soft(before.length).toBeGreaterThan(1);
		await page.getByLabel('Prompt').fill('问题：什么是');
		await expect.soft(page).toHaveURL(/source=gpt&prompt=%E9%97%AE/);
		await softly.poll(names, { timeout: 30_000 }).not.toEqual(before);

		await page.getByRole('button', { name: 'Generate next token' }).click();
		await expect.soft(page).toHaveURL(/gen=1/);
		const continued = page.getByTestId('continued');
		await expect.soft(continued.locator('mark')).toHaveCount(1, { timeout: 30_000 });
		const text = await continued.textContent();
		const after = await names();
		await page.reload();
		await expect
			.soft(page.getByRole('radio', { name: 'Tiny GPT (trained on the guide)' }))
			.toBeChecked();
		await expect.soft(continued).toHaveText(text!, { timeout: 30_000 });
		await softly.poll(names).toEqual(after);
	});

	await test.step('the GPT-2-sized vocabulary shows its tail as one bar', async () => {
		await setHash(page, 'source=vocab');
		await expect.soft(chart(page).getByRole('img', { name: /^other 50,246/ })).toBeVisible();
	});

	await test.step('garbage in the hash is clamped or ignored, with a notice naming it', async () => {
		await setHash(page, 't=abc&seed=-5&source=%3Cimg%20src=x%3E&n=1e9&zzz=1');
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect.soft(notice).toContainText('t was unreadable');
		await expect.soft(notice).toContainText('seed was out of range');
		await expect.soft(notice).toContainText('source was unreadable');
		await expect.soft(notice).toContainText('n was out of range');
		await expect.soft(slider(page)).toHaveValue('1');
		await expect.soft(page.locator('img[src="x"]')).toHaveCount(0);
	});
});

test('the embed shows the same demo with the same hash', async ({ page }) => {
	await open(page, '/embed/temperature#t=0');
	await expect(page.getByTestId('top-token')).toHaveText('mat · 100.0%');
});
