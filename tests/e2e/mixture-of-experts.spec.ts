import type { Page } from '@playwright/test';
import { choose, expect, hashSettled, open, test } from './fixtures';

/** The demo has drawn once its data (the guide's text, word vectors) is in: slow on a busy machine. */
const drawn = (page: Page) =>
	page.locator('[data-demo-ready]').waitFor({ state: 'attached', timeout: 30_000 });

test('experts, k and capacity change the routing and the hash; a reload restores them; bad sentences get a message', async ({
	page
}) => {
	await open(page, '/mixture-of-experts#seed=1');
	await drawn(page);
	const table = page.getByTestId('moe-routing');
	await expect(table.locator('thead th')).toHaveCount(8 + 2);
	await expect(table.locator('td.chosen')).toHaveCount(12);

	const experts = page.getByRole('slider', { name: 'Experts E' });
	await experts.fill('4');
	await choose(page, 'top-2', { exact: true });
	await page.getByRole('slider', { name: 'Capacity factor' }).fill('0.5');
	await expect(page).toHaveURL(/experts=4/);
	await expect(page).toHaveURL(/k=2/);
	await expect(table.locator('thead th')).toHaveCount(4 + 2);
	await expect(table.locator('td.chosen')).toHaveCount(24);
	// ⌈0.5 · 12 · 2 / 4⌉ = 3 per expert: 12 of the 24 assignments fit.
	await expect(page.getByTestId('moe-capacity')).toContainText('= 3 tokens per expert');
	await expect(page.getByTestId('moe-dropped')).toContainText('12 of 24 assignments dropped');
	await expect(table.locator('td.dropped')).toHaveCount(12);
	await expect(page.getByTestId('moe-balance')).toContainText('0.1·4·');

	await hashSettled(page);
	await page.reload();
	await drawn(page);
	// The word vectors are computed again after a reload (in a worker, a few seconds on a busy machine).
	await expect(table.locator('thead th')).toHaveCount(4 + 2, { timeout: 20_000 });
	await expect(page.getByTestId('moe-dropped')).toContainText('12 of 24 assignments dropped');

	const box = page.getByRole('textbox', { name: 'Sentence' });
	await box.fill('');
	await expect(page.getByText('The sentence is empty')).toBeVisible();
	await box.fill(Array(2500).fill('moe').join(' ').slice(0, 10_000));
	await expect(page.getByText(/The text has [\d,]+ tokens; the first 40 are routed/)).toBeVisible();
	await expect(table.locator('tbody tr')).toHaveCount(40);
});

test('training in the worker: the balancing loss evens out the load that the task loss alone leaves on few experts', async ({
	page
}) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await open(page, '/mixture-of-experts#seed=1');
	await drawn(page);
	// The trainer loads once its section nears the screen.
	await page.locator('#moe-train-title').scrollIntoViewIfNeeded();
	const status = page.getByTestId('moe-train-step');
	await expect(status).toHaveText('step 0 / 300');
	await page
		.getByRole('group', { name: 'Train the router, with and without the balancing loss' })
		.getByRole('button', { name: /Play/ })
		.click();
	// 100 steps are enough to tell the runs apart (and quick even on a busy machine).
	await expect
		.poll(async () => Number((await status.textContent())!.match(/\d+/)![0]), { timeout: 60_000 })
		.toBeGreaterThanOrEqual(100);
	await page.getByRole('button', { name: 'Pause' }).click();
	expect(workers.some((url) => url.includes('router.worker'))).toBe(true);
	const busiest = async (variant: string) => {
		const text = (await page.getByTestId(`moe-load-${variant}`).textContent())!;
		return Number(text.match(/busiest expert ([\d.]+)%/)![1]);
	};
	const plain = await busiest('plain');
	const balanced = await busiest('balanced');
	expect(balanced).toBeLessThan(plain);
	expect(balanced).toBeLessThan(25);
});
