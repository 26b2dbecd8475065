import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';
import { sameRowsOnReload } from './run-checks';

const sgdPath = (page: Page) => page.locator('.path-sgd').getAttribute('d');
const handle = (page: Page) => page.getByTestId('start-handle');

test('the start point and the learning rate redraw the paths and go into the hash; past 2/λ_max SGD diverges; a reload restores it', async ({
	page
}) => {
	await open(page, '/hyperparameters');
	await expect(page.locator('[data-demo-ready]')).toBeAttached();
	const before = await sgdPath(page);
	expect(before).toBeTruthy();

	await handle(page).press('ArrowRight');
	await expect(handle(page)).toHaveAttribute('aria-valuetext', '(−2.44, 1.50)');
	await expect(page).toHaveURL(/x=-2\.44/);
	await expect.poll(() => sgdPath(page)).not.toBe(before);

	// The preset just past 2/λ_max = 0.4: the warning, and SGD ends far outside the plot.
	await page.getByRole('button', { name: 'Just past 2/λ_max: divergence' }).click();
	await expect(page).toHaveURL(/lr=0\.42/);
	await expect(page.getByTestId('over-limit')).toContainText('|1 − lr·λ_max| = 1.10 > 1');
	await expect(page.getByTestId('ratio')).toHaveText('2.10');
	const endTable = page.locator('details').filter({ hasText: 'Where each optimiser ends' });
	await endTable.locator('summary').click();
	await expect(endTable).toHaveAttribute('open', '');
	await expect(endTable.locator('tbody tr')).toHaveText([/^SGD.*left the plot$/]);

	const lr = page.getByRole('slider', { name: 'Learning rate (all optimisers)' });
	await lr.press('ArrowLeft');
	await lr.press('ArrowLeft');
	await lr.press('ArrowLeft');
	await expect(page).toHaveURL(/lr=0\.389/);
	await expect(page.getByTestId('over-limit')).toHaveCount(0);

	await hashSettled(page);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(lr).toHaveAttribute('aria-valuetext', '0.389');
	await expect(handle(page)).toHaveAttribute('aria-valuetext', '(−2.50, 1.50)');
	await expect(page.getByTestId('ratio')).toHaveText('1.95');
	await expect(page.getByRole('button', { name: 'Just past 2/λ_max: divergence' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
});

test('the range test runs in a worker and logs the same losses, step for step, on a second load of the link', async ({
	page
}) => {
	test.setTimeout(120_000);
	await sameRowsOnReload(page, '/hyperparameters#seed=3', {
		group: 'A learning-rate range test',
		status: 'range-step',
		table: 'Every step of the range test',
		worker: 'range-test.worker'
	});
});
