import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';

const box = (page: Page, which: 'A' | 'B') =>
	page.getByRole('textbox', { name: `Prompt ${which}` });
const panel = (page: Page, which: 'A' | 'B') => page.getByTestId(`prompt-panel-${which}`);
const continuation = (page: Page, which: 'A' | 'B') =>
	page.getByTestId(`prompt-continuation-${which}`);

/** Waits until both panels show the model's reading of what their boxes now hold. */
async function answered(page: Page) {
	for (const which of ['A', 'B'] as const) {
		await expect(panel(page, which).locator('.reading[aria-busy="false"]')).toBeVisible({
			timeout: 30_000
		});
	}
}

test('a preset sets both prompts and the hash; a typed prompt is answered; a reload restores it', async ({
	page
}) => {
	await open(page, '/prompt-engineering');
	await page.locator('[data-demo-ready]').waitFor();
	await answered(page);
	// The model's file is prefetched from the first paint (static/prefs.js), and the demo's own
	// request for it is served by that download: it crosses the network once.
	const downloads = await page.evaluate(() => [
		document.querySelectorAll('link[rel="prefetch"][href*="guide-gpt"]').length,
		performance
			.getEntriesByType('resource')
			.filter(
				(r) => r.name.includes('guide-gpt') && (r as PerformanceResourceTiming).transferSize > 0
			).length
	]);
	expect(downloads).toEqual([1, 1]);

	await page.getByRole('button', { name: 'English vs Chinese' }).click();
	await expect(page.getByRole('button', { name: 'English vs Chinese' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(box(page, 'A')).toHaveValue(/^Question: What is the context window/);
	await expect(box(page, 'B')).toHaveValue(/^问题：/);
	await expect(page).toHaveURL(/[#&]b=/);
	await answered(page);
	await expect(panel(page, 'B').getByRole('list', { name: /Tokens of prompt B/ })).toBeVisible();

	await box(page, 'A').fill('Question: What is attention?\nAnswer: ');
	await expect(page.getByRole('button', { name: 'English vs Chinese' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await answered(page);
	await expect(continuation(page, 'A')).toContainText('What is attention?');
	const answer = await continuation(page, 'A').locator('strong').textContent();
	expect(answer?.length).toBeGreaterThan(0);
	await expect(panel(page, 'A').getByRole('img', { name: /: probability \d+\.\d%$/ })).toHaveCount(
		10
	);

	await hashSettled(page);
	await page.reload();
	await page.locator('[data-demo-ready]').waitFor();
	await expect(box(page, 'A')).toHaveValue('Question: What is attention?\nAnswer: ');
	await answered(page);
	await expect(continuation(page, 'A').locator('strong')).toHaveText(answer!);
});

test('an empty prompt and one longer than the context each get a clear message', async ({
	page
}) => {
	await open(page, '/prompt-engineering');
	await page.locator('[data-demo-ready]').waitFor();
	await box(page, 'A').fill('');
	await box(page, 'B').fill('the model reads tokens '.repeat(15));
	await expect(panel(page, 'A')).toContainText('Prompt A is empty');
	await expect(panel(page, 'B')).toContainText(/only its last \d+ are read/);
	// One list: the tokens outside the window come first, struck through.
	const chips = panel(page, 'B').getByRole('list', { name: /^Tokens of prompt B: the first \d+/ });
	const out = Number((await chips.getAttribute('aria-label'))!.match(/first (\d+)/)![1]);
	expect(out).toBeGreaterThan(0);
	await expect(chips.locator('.chip.out')).toHaveCount(out);
	await expect(chips.locator('.chip').nth(out - 1)).toHaveCSS(
		'text-decoration-line',
		'line-through'
	);
	await expect(chips.locator('.chip').nth(out)).toHaveCSS('text-decoration-line', 'none');
	await answered(page);
	await expect(continuation(page, 'A').locator('strong')).not.toBeEmpty();
	await expect(continuation(page, 'B').locator('strong')).not.toBeEmpty();
});
