import { choose, expect, hashSettled, open, test } from './fixtures';

/** The factors of a filled-in formula, however MathML spaces them. */
const product = (...factors: number[]) => new RegExp(factors.join('\\s*·\\s*'));

test('the window slides as the replay steps, its size changes the costs, a link restores both', async ({
	page
}) => {
	await open(page, '/context-window');
	const status = page.getByTestId('cw-status');
	const cache = page.getByTestId('cw-cache-formula');
	await expect(status).toHaveText(
		/^Token 320 of [\d,]+: the model sees the last 256 tokens; 64 have left the window\.$/
	);
	// Llama 3 8B: 2 · 32 · 8 · 128 · 256 · 2 = 33,554,432 bytes (the costs' figures load when they
	// come near the screen).
	await page.getByTestId('cw-shape').scrollIntoViewIfNeeded();
	await expect(cache).toContainText('33,554,432');
	// 30 of the 64 tokens that left the window are drawn, greyed; every other token inside it shaded.
	const text = page.getByTestId('cw-text');
	await expect(text.locator('.skip.gone')).toHaveText('… 34 earlier tokens, out of sight …');
	await expect(text.locator('.run.gone')).toHaveCount(1);
	expect(await page.evaluate(() => CSS.highlights.get('cw-odd-token')?.size ?? 0)).toBeGreaterThan(
		50
	);

	// One step moves an eighth of the window.
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await expect(page).toHaveURL(/pos=352/);
	await expect(status).toHaveText(/^Token 352 of .*; 96 have left the window\.$/);

	// Half a doubling: 362 tokens, and the cache follows linearly.
	await page.getByRole('slider', { name: 'Window N (tokens)' }).press('ArrowRight');
	await expect(page).toHaveURL(/window=362/);
	await expect(cache).toContainText(
		String(2 * 32 * 8 * 128 * 362 * 2).replace(/\B(?=(\d{3})+$)/g, ',')
	);

	// Llama 2 7B keeps all 32 heads' keys and values: four times Llama 3 8B's cache.
	await choose(page, 'Llama 2 7B');
	await expect(cache).toHaveText(product(2, 32, 32, 128, 362, 2));
	await expect(page.getByText('keeps keys and values for every one of its 32 heads')).toBeVisible();

	await hashSettled(page);
	await page.reload();
	await expect(status).toHaveText(/^Token 352 of /);
	await page.getByTestId('cw-shape').scrollIntoViewIfNeeded();
	await expect(cache).toHaveText(product(2, 32, 32, 128, 362, 2));

	// GPT-4's encoding, loaded on demand: fewer tokens for the same guide than our 1,000 merges.
	const ours = Number((await status.textContent())!.match(/of ([\d,]+)/)![1].replace(/,/g, ''));
	await choose(page, 'GPT-4’s cl100k_base');
	await expect(page).toHaveURL(/encoding=cl100k/);
	await expect
		.poll(async () =>
			Number(((await status.textContent()) ?? '').match(/of ([\d,]+)/)?.[1].replace(/,/g, '') ?? 0)
		)
		.toBeLessThan(ours);
});

test('a position past the end of the text stops there and says so', async ({ page }) => {
	await open(page, '/context-window#pos=999999&window=8');
	await expect(page.getByText(/^The text ends after [\d,]+ tokens/)).toBeVisible();
	await expect(page.getByTestId('cw-status')).toHaveText(
		/^Token ([\d,]+) of \1: the model sees the last 8 tokens/
	);
});
