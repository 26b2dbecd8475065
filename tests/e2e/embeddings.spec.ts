import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';
import { sameRowsOnReload } from './run-checks';

const search = (page: Page) => page.getByRole('combobox', { name: 'Word' });
const searched = (page: Page, map: string) => page.getByTestId(map).locator('text.searched');

test('the word search marks the word and its neighbours on both maps and goes into the hash; a reload restores it', async ({
	page
}) => {
	await open(page, '/embeddings');
	await expect(page.locator('[data-demo-ready]')).toBeAttached();
	await expect(searched(page, 'ppmi-map')).toHaveText('attention');
	const neighbours = page.getByTestId('neighbours');
	await expect(neighbours.locator('caption')).toContainText('“attention”');
	const before = await neighbours.locator('tbody').textContent();
	const ppmiLabels = () => page.getByTestId('ppmi-map').locator('text.word').allTextContents();
	expect(await ppmiLabels()).toHaveLength(9);

	await search(page).fill('zzzz');
	await expect(page.getByTestId('unknown-word')).toContainText('“zzzz”');
	await expect(page.getByTestId('ppmi-map').locator('text.word')).toHaveCount(0);

	await search(page).fill('bert');
	await expect(page).toHaveURL(/word=bert/);
	await expect(searched(page, 'ppmi-map')).toHaveText('bert');
	await expect(searched(page, 'sgns-map')).toHaveText('bert');
	await expect(neighbours.locator('caption')).toContainText('“bert”');
	expect(await neighbours.locator('tbody').textContent()).not.toBe(before);
	const labels = await ppmiLabels();

	const k = page.getByRole('slider', { name: 'Nearest neighbours shown' });
	await k.press('ArrowLeft');
	await expect(page).toHaveURL(/k=7/);
	expect(await ppmiLabels()).toHaveLength(8);

	await hashSettled(page);
	await page.reload();
	await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
	await expect(search(page)).toHaveValue('bert');
	await expect(k).toHaveAttribute('aria-valuetext', '7');
	await expect(searched(page, 'ppmi-map')).toHaveText('bert');
	expect(await ppmiLabels()).toEqual(labels.slice(0, 8));
});

test('the skip-gram trains in a worker and logs the same losses, step for step, on a second load of the link', async ({
	page
}) => {
	test.setTimeout(120_000);
	const first = await sameRowsOnReload(page, '/embeddings#seed=3&word=model', {
		group: 'Skip-gram with negative sampling',
		status: 'train-step',
		table: 'Every step of the run',
		worker: 'sgns.worker'
	});
	await expect(page.getByTestId('sgns-map')).toBeVisible();
	// The first step's loss starts at (k + 1)·log 2 = 6·0.693 = 4.159 (every context vector is zero).
	expect(first[0]).toMatch(/4\.1[0-9]{3}$/);
});
