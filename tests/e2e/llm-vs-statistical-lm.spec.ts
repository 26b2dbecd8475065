import { expect, open, test } from './fixtures';
import type { Page } from '@playwright/test';

const generated = (page: Page) => page.getByTestId('generated').locator('li');
const about = (page: Page) => page.getByText(/^Five Kneser-Ney models/);

/** The numbers table as rows of cells (n, training PPL, held-out PPL, unseen, …). */
async function numbers(page: Page): Promise<string[][]> {
	// The table sits in a closed <details>: read it from the DOM.
	const table = page
		.locator('table')
		.filter({ has: page.locator('caption', { hasText: 'Perplexity, sparsity and table size' }) });
	return table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
		);
}

test('five orders generate seeded text; the charts show the n-gram trade-off', async ({ page }) => {
	await open(page, '/llm-vs-statistical-lm');
	await expect(generated(page)).toHaveCount(5);
	await expect(generated(page).first()).toContainText('n = 1, unigram');
	await expect(page.getByRole('img', { name: /^Perplexity on held-out answers/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /^Share of the held-out n-grams/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /^Distinct n-grams stored/ })).toBeVisible();

	const rows = await numbers(page);
	expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
	const train = rows.map((r) => Number(r[1]));
	const heldOut = rows.map((r) => Number(r[2]));
	const unseen = rows.map((r) => parseFloat(r[3]));
	// Training perplexity keeps falling; held-out perplexity stops improving; sparsity climbs.
	for (let i = 1; i < 5; i++) {
		expect(train[i]).toBeLessThan(train[i - 1]);
		expect(unseen[i]).toBeGreaterThanOrEqual(unseen[i - 1]);
	}
	expect(heldOut[4]).toBeGreaterThan(Math.min(...heldOut));
	expect(unseen[4]).toBeGreaterThan(unseen[0] + 50);
	expect(heldOut[4]).toBeGreaterThan(train[4] * 10);
});

test('the held-out share, the seed and the order round-trip through the hash', async ({ page }) => {
	await open(page, '/llm-vs-statistical-lm');
	await expect(about(page)).toContainText('minus 10 held out');
	const before = await numbers(page);
	const text = await generated(page).allTextContents();

	await page.getByRole('slider', { name: 'Held-out answers' }).fill('2');
	await expect(about(page)).toContainText('minus 25 held out');
	await expect.poll(() => numbers(page)).not.toEqual(before);
	await page.getByLabel('Seed').fill('42');
	await page.getByLabel('Seed').press('Enter');
	await expect.poll(() => generated(page).allTextContents()).not.toEqual(text);
	await page.getByRole('radio', { name: '5', exact: true }).check({ force: true });
	await expect(
		page.getByText('the n-gram model’s window: the last n − 1 = 4 tokens')
	).toBeVisible();
	await expect(page).toHaveURL(/every=2&n=5&seed=42/);

	const after = await generated(page).allTextContents();
	const table = await numbers(page);
	await page.reload();
	await expect(about(page)).toContainText('minus 25 held out');
	await expect.poll(() => generated(page).allTextContents()).toEqual(after);
	expect(await numbers(page)).toEqual(table);
	await expect(
		page.getByText('the n-gram model’s window: the last n − 1 = 4 tokens')
	).toBeVisible();
});

test('the prompt seeds every model; empty and unknown prompts are explained', async ({ page }) => {
	await open(page, '/llm-vs-statistical-lm#corpus=zh&prompt=注意力');
	await expect(generated(page).first()).toContainText('注意力');
	await page.getByLabel('Prompt', { exact: true }).fill('');
	await expect(page.getByText('The prompt is empty or ends a sentence')).toBeVisible();
	await page.getByLabel('Prompt', { exact: true }).fill('注意 🙂');
	await expect(page.getByText(/read as unknown: 🙂/)).toBeVisible();
	await expect(generated(page)).toHaveCount(5);
});

test('garbage and out-of-range hash values are clamped or ignored, with a notice', async ({
	page
}) => {
	const long = 'x'.repeat(10_000);
	await open(page, `/llm-vs-statistical-lm#every=99&n=0&seed=-3&corpus=fr&prompt=${long}`);
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('every was out of range');
	await expect(notice).toContainText('n was out of range');
	await expect(notice).toContainText('seed was out of range');
	await expect(notice).toContainText('corpus was unreadable');
	await expect(notice).toContainText('prompt was too long');
	await expect(about(page)).toContainText('minus 5 held out');
	await expect(
		page.getByText('the n-gram model’s window: the last n − 1 = 0 tokens')
	).toBeVisible();
	await expect(generated(page)).toHaveCount(5);
});

test('the tiny GPT is measured beside five orders and continues a typed prompt', async ({
	page
}) => {
	test.setTimeout(180_000);
	await open(page, '/llm-vs-statistical-lm');
	// Loaded once the section is near the screen, measured in a worker: seconds on a busy machine.
	await page.getByTestId('gpt-section').scrollIntoViewIfNeeded();
	const table = page.getByTestId('gpt-table');
	await expect(table.getByRole('rowheader', { name: 'tiny GPT' })).toBeVisible({
		timeout: 120_000
	});
	const bits = (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map(Number);
	expect(bits).toHaveLength(6);
	for (const b of bits) expect(b).toBeGreaterThan(0);
	// The reading follows the figures, whichever way they fall.
	const gptBits = bits[5];
	const best = Math.min(...bits.slice(0, 5));
	await expect(page.getByTestId('gpt-verdict')).toContainText(
		gptBits < best ? 'the tiny GPT wins' : gptBits > best ? 'the n-gram model wins' : 'a tie'
	);

	const sides = [page.getByTestId('ngram-continuation'), page.getByTestId('gpt-continuation')];
	const written = () =>
		Promise.all(
			sides.map(async (side) =>
				(await side.getAttribute('aria-busy')) === 'false'
					? await side.locator('mark').textContent()
					: null
			)
		);
	await expect.poll(written, { timeout: 60_000 }).not.toContain(null);
	const before = await written();
	expect(before.every((text) => text!.length > 0)).toBe(true);

	await page.getByLabel('Prompt', { exact: true }).fill('Attention lets');
	for (const side of sides) await expect(side.locator('.prompt')).toHaveText('Attention lets');
	await expect
		.poll(
			async () => {
				const now = await written();
				return now.every((text, i) => text !== null && text !== before[i]);
			},
			{ timeout: 60_000 }
		)
		.toBe(true);
});
