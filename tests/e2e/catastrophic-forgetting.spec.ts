import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';
import { sameRowsOnReload } from './run-checks';

const firstPoint = (page: Page) => page.locator('.points.a circle').first().getAttribute('cx');
const percent = async (page: Page, id: string) =>
	Number((await page.getByTestId(id).textContent())!.replace(/[^\d]/g, ''));

test('a preset and the seed go into the hash, the seed redraws the points, a reload restores both', async ({
	page
}) => {
	await open(page, '/catastrophic-forgetting');
	await expect(page.locator('[data-demo-ready]')).toBeAttached();
	const before = await firstPoint(page);

	const rehearsal = page.getByRole('button', { name: 'Rehearsal', exact: true });
	await rehearsal.click();
	await expect(page).toHaveURL(/rehearse=1/);
	await expect(rehearsal).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('checkbox', { name: 'Rehearsal: mix task A back in' })).toBeChecked();

	const seed = page.getByRole('spinbutton', { name: 'Seed' });
	await seed.fill('2');
	await seed.press('Enter');
	await expect(page).toHaveURL(/seed=2/);
	await expect.poll(() => firstPoint(page)).not.toBe(before);
	const after = await firstPoint(page);

	await hashSettled(page);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(seed).toHaveValue('2');
	await expect(rehearsal).toHaveAttribute('aria-pressed', 'true');
	expect(await firstPoint(page)).toBe(after);
});

test('a run logs the same losses step for step on a second load of the link; without mitigation task A collapses', async ({
	page
}) => {
	test.setTimeout(120_000);
	const run = page.getByRole('group', { name: 'Training: task A, then task B' });
	const status = page.getByTestId('cf-step');
	await sameRowsOnReload(page, '/catastrophic-forgetting#seed=3', {
		group: 'Training: task A, then task B',
		status: 'cf-step',
		table: 'Every step: loss and both accuracies',
		worker: 'forgetting.worker'
	});

	await page.getByRole('button', { name: 'Fast', exact: true }).click();
	await run.getByRole('button', { name: '▶ Play' }).click();
	await expect(status).toContainText('step 500 / 500', { timeout: 60_000 });
	expect(await percent(page, 'cf-at-switch')).toBeGreaterThanOrEqual(80);
	expect(await percent(page, 'cf-lowest-a')).toBeLessThan(50);
});
