import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';
import { sameRowsOnReload } from './run-checks';

const polyFit = (page: Page) => page.locator('.fit-line').first().getAttribute('d');

test('the degree redraws the polynomial and goes into the hash; a preset overfits; a reload restores it', async ({
	page
}) => {
	await open(page, '/overfitting');
	await expect(page.locator('[data-demo-ready]')).toBeAttached();
	const before = await polyFit(page);
	expect(before).toBeTruthy();
	await expect(page.getByTestId('poly-train')).toHaveText('0.0800');

	const degree = page.getByRole('slider', { name: 'Degree' });
	await degree.press('ArrowRight');
	await expect(degree).toHaveAttribute('aria-valuetext', '4');
	await expect(page).toHaveURL(/degree=4/);
	await expect.poll(() => polyFit(page)).not.toBe(before);
	const four = await polyFit(page);

	// Degree 14 through 15 points: training error 0, the look-for sentence says so.
	await page.getByRole('button', { name: 'Overfit' }).click();
	await expect(page).toHaveURL(/degree=14/);
	await expect(page.getByTestId('poly-train')).toHaveText(/e-/);
	await expect(page.getByTestId('look')).toContainText('degree 14 through 15 points');
	await degree.press('ArrowLeft');
	await degree.press('ArrowLeft');
	await degree.press('ArrowLeft');
	await degree.press('ArrowLeft');
	await degree.press('ArrowLeft');
	await degree.press('ArrowLeft');
	await degree.press('ArrowLeft');
	await degree.press('ArrowLeft');
	await degree.press('ArrowLeft');
	await degree.press('ArrowLeft');
	await expect(page).toHaveURL(/degree=4/);

	await hashSettled(page);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(degree).toHaveAttribute('aria-valuetext', '4');
	await expect.poll(() => polyFit(page)).toBe(four);
	await expect(page.getByRole('button', { name: 'Overfit' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});

test('the MLP trains in a worker and logs the same losses, epoch for epoch, on a second load of the link', async ({
	page
}) => {
	test.setTimeout(120_000);
	await sameRowsOnReload(page, '/overfitting#seed=3&dropout=0.1', {
		group: 'A neural network, epoch by epoch',
		status: 'mlp-step',
		unit: 'epoch',
		table: 'Every epoch’s losses',
		worker: 'mlp.worker'
	});
});
