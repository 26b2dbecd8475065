import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** Each word's row of the gradient table: its E coordinates and whether its gradient is non-zero. */
const rows = (page: Page) =>
	page
		.getByTestId('grad-matrix')
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => ({
				word: tr.querySelector('th')!.textContent!.trim(),
				e: [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent),
				hasGradient: !tr.classList.contains('zero')
			}))
		);

test('one gradient step moves only the context words’ rows; the learning rate is in the hash and survives a reload', async ({
	page
}) => {
	await open(page, '/embedding-gradients');
	await expect(page.getByTestId('status')).toHaveText('Paused');
	const before = await rows(page);
	const context = before.filter((r) => r.hasGradient).map((r) => r.word);
	expect(context.length).toBeGreaterThan(0);
	expect(context.length).toBeLessThan(before.length);
	await expect(page.getByTestId('sparse')).toContainText(
		`${context.length} of 14 rows are non-zero`
	);

	await page.getByRole('button', { name: 'One gradient step' }).click();
	await expect(page.getByTestId('steps')).toHaveText('1');
	const after = await rows(page);
	for (const [i, row] of before.entries()) {
		if (context.includes(row.word)) expect(after[i].e).not.toEqual(row.e);
		else expect(after[i].e).toEqual(row.e);
	}

	const slider = page.getByRole('slider', { name: 'Learning rate' });
	await slider.fill('0.5');
	await expect(page).toHaveURL(/#lr=0.5$/);
	// A new config starts the run over.
	await expect(page.getByTestId('steps')).toHaveText('0');
	await page.reload();
	await expect(slider).toHaveValue('0.5');
	await expect(page.getByTestId('status')).toHaveText('Paused');
});

test('training runs to the end in the worker and the words used alike end up together', async ({
	page
}) => {
	await open(page, '/embedding-gradients');
	await expect(page.getByTestId('status')).toHaveText('Paused');
	await page.getByRole('button', { name: 'Fast' }).click();
	await page.getByRole('button', { name: '▶ Train' }).click();
	await expect(page.getByTestId('status')).toHaveText('Finished: 3000 steps', { timeout: 60_000 });
	const average = Number(await page.getByTestId('average-distance').textContent());
	for (const d of await page.getByTestId('pair-distance').allTextContents()) {
		expect(Number(d)).toBeLessThan(average / 4);
	}
});
