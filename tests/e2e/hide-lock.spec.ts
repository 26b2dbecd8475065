// hide= and lock= on every demo's controls are checked in every-page.spec.ts (demo-checks.ts);
// here, the controls that are not form fields.
import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';

const setHash = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

test('locked logits draw plain bars that keys do not edit', async ({ page }) => {
	await open(page, '/temperature');
	const chart = page.getByRole('group', { name: /Next-token probabilities/ });
	await expect(chart.getByRole('slider').first()).toBeVisible();
	await setHash(page, 'lock=logits');
	await expect(chart.getByRole('slider')).toHaveCount(0);
	await chart.getByRole('img').first().focus();
	await page.keyboard.press('PageUp');
	await hashSettled(page);
	expect(page.url()).toMatch(/#lock=logits$/);
});

test('a locked vector on the dot-product plane is read only', async ({ page }) => {
	await open(page, '/dot-product#lock=qx,qy');
	const q = page.getByTestId('handle-q');
	await expect(q).toHaveAttribute('aria-readonly', 'true');
	await expect(page.getByTestId('handle-k')).not.toHaveAttribute('aria-readonly');
	await q.focus();
	await page.keyboard.press('ArrowRight');
	await q.dragTo(page.getByTestId('handle-k'));
	await hashSettled(page);
	expect(page.url()).toMatch(/#lock=qx,qy$/);
});
