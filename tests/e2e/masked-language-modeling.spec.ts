import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';

const summary = (page: Page) => page.getByTestId('summary');
const rows = (page: Page) => page.getByTestId('blank-table').locator('tbody tr');

test('the mask rate chooses more blanks, each filled from both sides and from the left; a reload restores it', async ({
	page
}) => {
	// The sweep fills about 7,000 blanks in a worker: seconds on a busy machine.
	test.setTimeout(120_000);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await open(page, '/masked-language-modeling');
	await expect(summary(page)).toHaveText(
		'23 tokens, 3 chosen (15.0%): 1 masked, 1 replaced by a random token, 1 kept as they are.'
	);
	await expect(rows(page)).toHaveCount(3);
	await expect(page.getByTestId('tally')).toContainText('of 3 blanks from both sides');

	await page.getByRole('slider', { name: 'Mask rate' }).press('ArrowRight');
	await expect(page).toHaveURL(/rate=0\.2/);
	await expect(summary(page)).toContainText('23 tokens, 5 chosen (20.0%)');
	await expect(rows(page)).toHaveCount(5);

	// Choosing a blank shows it in detail, and goes into the link.
	const chip = page.getByTestId('masked-sentence').getByRole('button').nth(2);
	const name = (await chip.getAttribute('aria-label'))!;
	await chip.click();
	await expect(chip).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/b=2/);
	const truth = name.match(/“(.+?)”/)![1];
	await expect(page.getByRole('heading', { name: `Blank 3: “${truth}”` })).toBeVisible();
	await expect(page.getByTestId('formula')).toContainText('=');

	await hashSettled(page);
	await page.reload();
	await expect(summary(page)).toContainText('23 tokens, 5 chosen (20.0%)');
	await expect(page.getByRole('heading', { name: `Blank 3: “${truth}”` })).toBeVisible();

	// The accuracy sweep loads when scrolled near, runs in a worker and fills its table: 10 mask
	// rates, both sides ahead.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await expect(
		page.getByRole('heading', { name: 'Fill-in accuracy over the guide as the mask rate grows' })
	).toBeVisible();
	await expect(page.getByTestId('sweep-progress')).toHaveCount(0, { timeout: 60_000 });
	expect(workers.some((url) => url.includes('accuracy.worker'))).toBe(true);
	await page.getByText('The sweep’s numbers').click();
	const sweep = page.getByRole('table', { name: /Share of the blanks whose first guess/ });
	await expect(sweep.locator('tbody tr')).toHaveCount(10);
	const at15 = await sweep.locator('tbody tr').nth(2).locator('td').allTextContents();
	expect(parseFloat(at15[1])).toBeGreaterThan(parseFloat(at15[2]));
});

test('an empty sentence, a very long one and emoji get a message', async ({ page }) => {
	await open(page, '/masked-language-modeling');
	const box = page.getByLabel('Sentence', { exact: true });
	await box.fill('');
	await expect(page.getByText('The sentence is empty')).toBeVisible();
	await expect(page.getByTestId('blank-table')).toHaveCount(0);

	await box.fill('word '.repeat(2000));
	await expect(
		page.getByText(/^The text has [\d,]+ tokens; blanks are chosen among the first 64\./)
	).toBeVisible();
	await expect(page.getByTestId('blank-table')).toBeVisible();

	await box.fill('🙂 🙂 🙂');
	await expect(summary(page)).toContainText('3 tokens, 1 chosen');
	await expect(page.getByTestId('blank-table')).toContainText('not in the vocabulary');
	await expect(
		page.getByText('“🙂” never occurs in the text this model read').first()
	).toBeVisible();

	await page.getByRole('button', { name: 'Back to the guide’s sentence' }).click();
	await expect(summary(page)).toContainText('23 tokens');
});
