import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';

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
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	const firstLosses = async (load: () => Promise<unknown>) => {
		await load();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		const status = page.getByTestId('mlp-step');
		await expect(status).toContainText('epoch 0 / 2000');
		const group = page.getByRole('group', { name: 'A neural network, epoch by epoch' });
		await group.getByRole('button', { name: 'Step ▶' }).click();
		await expect(status).toContainText('epoch 1 / 2000');
		await group.getByRole('button', { name: '▶ Play' }).click();
		await expect
			.poll(async () => Number((await status.textContent())!.match(/epoch (\d+)/)![1]), {
				timeout: 30_000
			})
			.toBeGreaterThanOrEqual(50);
		await group.getByRole('button', { name: 'Pause' }).click();
		await page.locator('summary', { hasText: 'Every epoch’s losses' }).click();
		const rows = page.locator('table').filter({ hasText: 'Epoch' }).locator('tbody tr');
		return (await rows.allTextContents()).slice(0, 50);
	};
	const first = await firstLosses(() => open(page, '/overfitting#seed=3&dropout=0.1'));
	expect(first).toHaveLength(50);
	expect(workers.some((url) => url.includes('mlp.worker'))).toBe(true);
	expect(await firstLosses(() => page.reload())).toEqual(first);
});
