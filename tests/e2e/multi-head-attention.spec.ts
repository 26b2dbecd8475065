import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const multiples = (page: Page) => page.getByTestId('multiples').locator('figure');
const allCells = (page: Page) =>
	page
		.getByTestId('multiples')
		.locator('g.cell')
		.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));

test('the heads slider splits d_model into h heads of d_k = d_model / h; reload restores', async ({
	page
}) => {
	await open(page, '/multi-head-attention');
	await expect(multiples(page)).toHaveCount(4);
	await expect(page.getByTestId('heads-note')).toContainText('d_k = d_model / h = 12');
	const slider = page.getByRole('slider', { name: 'Heads h' });
	await slider.fill('5');
	await expect(page).toHaveURL(/h=8/);
	await expect(multiples(page)).toHaveCount(8);
	await expect(page.getByTestId('heads-note')).toContainText('= 6 dimensions');
	await expect(
		page.getByRole('figure', { name: /Head 8: Two tokens back/ }).or(multiples(page).last())
	).toContainText('Head 8: Two tokens back');
	await expect(
		page.getByRole('group', { name: 'Concatenated head outputs, 5 × 48' })
	).toBeVisible();

	await page.reload();
	await expect(multiples(page)).toHaveCount(8);
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(multiples(page)).toHaveCount(1);
	await expect(page).toHaveURL(/h=1|#$|attention$/);
	await expect(page.getByTestId('heads-note')).toContainText('= 48 dimensions');
});

test('each head has its own pattern, and editing the sentence changes them all', async ({
	page
}) => {
	await open(page, '/multi-head-attention');
	await expect(multiples(page)).toHaveCount(4);
	const heads = await Promise.all(
		[0, 1, 2, 3].map((i) =>
			multiples(page)
				.nth(i)
				.locator('g.cell')
				.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')!.split(': weight ')[1]))
		)
	);
	expect(new Set(heads.map((h) => h.join())).size).toBe(4);
	const before = await allCells(page);
	await page.getByLabel('Sentence').fill('A dog bit the man');
	await expect.poll(() => allCells(page)).not.toEqual(before);
	await expect(page).toHaveURL(/text=A%20dog/);
});

test('a head count that does not divide d_model is rounded down, with a note', async ({ page }) => {
	await open(page, '/multi-head-attention#h=7');
	await expect(page.getByText('h = 7 does not divide d_model = 48; showing h = 6.')).toBeVisible();
	await expect(multiples(page)).toHaveCount(6);
	await page.getByLabel('Sentence').fill('');
	await expect(page.getByText('The sentence is empty')).toBeVisible();
});
